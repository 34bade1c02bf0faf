//! `AWS::Lambda::Function`, `AWS::Lambda::Permission`, `AWS::Lambda::Url` →
//! `aws::lambda::{Function, Permission, FunctionUrl}`.

use super::aws_common::prop;
use super::required;
use crate::eval::Evaluated;
use parapet_model::aws::lambda::{env_vars, id_list, Function, FunctionUrl, Permission};
use parapet_model::{conv, Node, Origin, Value};

pub(crate) fn function(ev: &Evaluated) -> Function {
    let o = &ev.origin;
    let p = &ev.props;
    let image = conv::string(prop(p, "PackageType").as_ref(), "Zip", o);
    Function {
        name: conv::opt_string(prop(p, "FunctionName").as_ref(), o),
        runtime: match image.get() {
            Some(t) if t == "Image" => Value::defaulted(None, o.clone()),
            Some(_) => conv::opt_string(prop(p, "Runtime").as_ref(), o),
            None => Value::unknown(
                image
                    .unknown_reason()
                    .unwrap_or("PackageType is not known")
                    .to_string(),
                image.origin.clone(),
            ),
        },
        tracing_mode: match prop(p, "TracingConfig").filter(|x| !x.is_null()) {
            Some(t) => conv::string(prop(&t, "Mode").as_ref(), "PassThrough", &t.origin),
            None => Value::defaulted("PassThrough".into(), o.clone()),
        },
        environment: environment(p, o),
        dead_letter_target: dead_letter(p, "DeadLetterConfig", o),
        vpc_subnet_ids: vpc(p, o),
    }
}

fn dead_letter(p: &Node, key: &str, o: &Origin) -> Value<Option<String>> {
    match prop(p, key).filter(|x| !x.is_null()) {
        Some(d) if d.is_unknown() => conv::opt_string(Some(&d), o),
        Some(d) => super::aws_common::present(&d, "TargetArn", &d.origin),
        None => Value::defaulted(None, o.clone()),
    }
}

fn vpc(p: &Node, o: &Origin) -> Value<Vec<String>> {
    match prop(p, "VpcConfig").filter(|x| !x.is_null()) {
        Some(v) if v.is_unknown() => conv::strings(Some(&v), o),
        Some(v) => id_list(prop(&v, "SubnetIds").as_ref(), &v.origin),
        None => Value::defaulted(Vec::new(), o.clone()),
    }
}

fn environment(p: &Node, o: &Origin) -> Value<Vec<parapet_model::aws::lambda::EnvVar>> {
    match prop(p, "Environment").filter(|x| !x.is_null()) {
        Some(e) => env_vars(prop(&e, "Variables").as_ref(), &e.origin),
        None => Value::defaulted(Vec::new(), o.clone()),
    }
}

/// `AWS::Serverless::Function` (SAM), with its `Globals.Function` already merged in: the
/// `AWS::Lambda::Function` the transform generates.
/// (<https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html>)
pub(crate) fn sam_function(ev: &Evaluated) -> Function {
    let o = &ev.origin;
    let p = &ev.props;
    // SAM takes `PackageType: Image` when `ImageUri` is set and no package type is written.
    let image = match prop(p, "PackageType") {
        Some(t) => conv::string(Some(&t), "Zip", o),
        None if prop(p, "ImageUri").is_some() => Value::defaulted("Image".into(), o.clone()),
        None => Value::defaulted("Zip".into(), o.clone()),
    };
    Function {
        name: conv::opt_string(prop(p, "FunctionName").as_ref(), o),
        runtime: match image.get() {
            Some(t) if t == "Image" => Value::defaulted(None, o.clone()),
            Some(_) => conv::opt_string(prop(p, "Runtime").as_ref(), o),
            None => Value::unknown(
                image
                    .unknown_reason()
                    .unwrap_or("PackageType is not known")
                    .to_string(),
                image.origin.clone(),
            ),
        },
        // `Tracing: Active | PassThrough | Disabled`; not written, SAM sets no tracing
        // configuration and Lambda uses `PassThrough`.
        tracing_mode: match prop(p, "Tracing") {
            None => Value::defaulted("PassThrough".into(), o.clone()),
            Some(t) => conv::string(Some(&t), "PassThrough", o).map(|m| {
                if m == "Disabled" {
                    "PassThrough".into()
                } else {
                    m
                }
            }),
        },
        environment: environment(p, o),
        // `DeadLetterQueue: {Type: SQS | SNS, TargetArn}`.
        dead_letter_target: dead_letter(p, "DeadLetterQueue", o),
        vpc_subnet_ids: vpc(p, o),
    }
}

pub(crate) fn permission(ev: &Evaluated) -> Permission {
    let o = &ev.origin;
    let p = &ev.props;
    let s = |k: &str| conv::opt_string(prop(p, k).as_ref(), o);
    Permission {
        action: required(s("Action"), "Action"),
        principal: required(s("Principal"), "Principal"),
        source_arn: s("SourceArn"),
        source_account: s("SourceAccount"),
        principal_org_id: s("PrincipalOrgID"),
        function_url_auth_type: s("FunctionUrlAuthType"),
    }
}

pub(crate) fn function_url(ev: &Evaluated) -> FunctionUrl {
    FunctionUrl {
        auth_type: required(
            conv::opt_string(prop(&ev.props, "AuthType").as_ref(), &ev.origin),
            "AuthType",
        ),
    }
}
