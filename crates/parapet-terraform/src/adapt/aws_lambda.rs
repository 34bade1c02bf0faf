//! `aws_lambda_function`, `aws_lambda_permission`, `aws_lambda_function_url` →
//! `aws::lambda::{Function, Permission, FunctionUrl}`.

use super::block;
use crate::module::RawResource;
use parapet_model::aws::lambda::{env_vars, id_list, Function, FunctionUrl, Permission};
use parapet_model::{conv, Value};

pub(crate) fn function(r: &RawResource) -> Function {
    let n = &r.node;
    let o = &r.origin;
    let image = conv::string(n.get("package_type"), "Zip", o);
    Function {
        name: conv::opt_string(n.get("function_name"), o),
        runtime: match image.get() {
            Some(t) if t == "Image" => Value::defaulted(None, o.clone()),
            Some(_) => conv::opt_string(n.get("runtime"), o),
            None => Value::unknown(
                image
                    .unknown_reason()
                    .unwrap_or("package_type is not known")
                    .to_string(),
                image.origin.clone(),
            ),
        },
        tracing_mode: match (block(n, "tracing_config"), unresolved(n, "tracing_config")) {
            (_, Some(u)) => u,
            (Some(b), _) => conv::string(b.get("mode"), "PassThrough", &b.origin),
            (None, _) => Value::defaulted("PassThrough".into(), o.clone()),
        },
        environment: match (block(n, "environment"), unresolved(n, "environment")) {
            (_, Some(u)) => u,
            (Some(b), _) => env_vars(b.get("variables"), &b.origin),
            (None, _) => Value::defaulted(Vec::new(), o.clone()),
        },
        dead_letter_target: match (
            block(n, "dead_letter_config"),
            unresolved(n, "dead_letter_config"),
        ) {
            (_, Some(u)) => u,
            (Some(b), _) => super::aws_common::present(b.get("target_arn"), &b.origin),
            (None, _) => Value::defaulted(None, o.clone()),
        },
        vpc_subnet_ids: match (block(n, "vpc_config"), unresolved(n, "vpc_config")) {
            (_, Some(u)) => u,
            (Some(b), _) => id_list(b.get("subnet_ids"), &b.origin),
            (None, _) => Value::defaulted(Vec::new(), o.clone()),
        },
    }
}

/// A nested block that could not be resolved (a `dynamic` block over an unknown collection).
fn unresolved<T>(n: &parapet_model::Node, key: &str) -> Option<Value<T>> {
    n.get(key)
        .filter(|b| b.is_unknown())
        .map(|b| Value::unknown(conv_reason(b), b.origin.clone()))
}

fn conv_reason(n: &parapet_model::Node) -> String {
    match &n.v {
        parapet_model::Dyn::Unknown(u) => u.reason.clone(),
        _ => "the block is not known".into(),
    }
}

pub(crate) fn permission(r: &RawResource) -> Permission {
    let n = &r.node;
    let o = &r.origin;
    let required = |k: &str| match conv::opt_string(n.get(k), o) {
        v if v.get().is_some_and(Option::is_none) => {
            Value::unknown(format!("{k} is not set"), v.origin.clone())
        }
        v => v.map(Option::unwrap_or_default),
    };
    Permission {
        action: required("action"),
        principal: required("principal"),
        source_arn: conv::opt_string(n.get("source_arn"), o),
        source_account: conv::opt_string(n.get("source_account"), o),
        principal_org_id: conv::opt_string(n.get("principal_org_id"), o),
        function_url_auth_type: conv::opt_string(n.get("function_url_auth_type"), o),
    }
}

pub(crate) fn function_url(r: &RawResource) -> FunctionUrl {
    let v = conv::opt_string(r.node.get("authorization_type"), &r.origin);
    FunctionUrl {
        auth_type: match v.get() {
            // Required by the provider: an incomplete configuration, not a default.
            Some(None) => Value::unknown("authorization_type is not set", v.origin.clone()),
            _ => v.map(Option::unwrap_or_default),
        },
    }
}
