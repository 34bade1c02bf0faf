//! `aws_lambda_function`, `aws_lambda_permission`, `aws_lambda_function_url` →
//! `aws::lambda::{Function, Permission, FunctionUrl}`.

use crate::module::RawResource;
use parapet_model::aws::lambda::{Function, FunctionUrl, Permission};
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
