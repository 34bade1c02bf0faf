//! `AWS::Lambda::Function`, `AWS::Lambda::Permission`, `AWS::Lambda::Url` →
//! `aws::lambda::{Function, Permission, FunctionUrl}`.

use super::aws_common::prop;
use super::required;
use crate::eval::Evaluated;
use parapet_model::aws::lambda::{Function, FunctionUrl, Permission};
use parapet_model::{conv, Value};

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
