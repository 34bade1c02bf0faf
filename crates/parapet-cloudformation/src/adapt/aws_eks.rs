//! `AWS::EKS::Cluster` → `aws::eks::Cluster`.

use super::aws_common::prop;
use super::unknown_reason;
use crate::eval::Evaluated;
use parapet_model::aws::eks::Cluster;
use parapet_model::{conv, Dyn, Value};

pub(crate) fn cluster(ev: &Evaluated) -> Cluster {
    let o = &ev.origin;
    let p = &ev.props;
    let (endpoint_public_access, public_access_cidrs) = match prop(p, "ResourcesVpcConfig") {
        // CloudFormation docs: the public endpoint is on, open to 0.0.0.0/0, unless written.
        Some(v) if !v.is_null() => (
            conv::bool(prop(&v, "EndpointPublicAccess").as_ref(), true, &v.origin),
            match prop(&v, "PublicAccessCidrs") {
                None => Value::defaulted(vec!["0.0.0.0/0".to_string()], v.origin.clone()),
                x => conv::strings(x.as_ref(), &v.origin),
            },
        ),
        _ => (
            Value::unknown("ResourcesVpcConfig is not set", o.clone()),
            Value::unknown("ResourcesVpcConfig is not set", o.clone()),
        ),
    };
    let secrets_kms_key = match prop(p, "EncryptionConfig") {
        None => Value::defaulted(None, o.clone()),
        Some(list) => match &list.v {
            Dyn::Null => Value::defaulted(None, list.origin.clone()),
            Dyn::List(items) => {
                let mut key = Value::defaulted(None, list.origin.clone());
                for e in items {
                    if let Some(r) = unknown_reason(e) {
                        key = Value::unknown(r, e.origin.clone());
                        continue;
                    }
                    let res = conv::strings(prop(e, "Resources").as_ref(), &e.origin);
                    match res.get() {
                        None => {
                            key = Value::unknown(
                                "the encrypted resources are not known",
                                e.origin.clone(),
                            )
                        }
                        Some(l) if l.iter().any(|x| x == "secrets") => {
                            key = match prop(e, "Provider") {
                                Some(pr) => {
                                    conv::opt_string(prop(&pr, "KeyArn").as_ref(), &pr.origin)
                                }
                                None => {
                                    Value::unknown("the key provider is not set", e.origin.clone())
                                }
                            }
                        }
                        Some(_) => {}
                    }
                }
                key
            }
            _ => Value::unknown(
                unknown_reason(&list).unwrap_or_else(|| "EncryptionConfig is not a list".into()),
                list.origin.clone(),
            ),
        },
    };
    let enabled_log_types = match prop(p, "Logging")
        .and_then(|l| prop(&l, "ClusterLogging"))
        .and_then(|c| prop(&c, "EnabledTypes"))
    {
        None => Value::defaulted(Vec::new(), o.clone()),
        Some(t) => match &t.v {
            Dyn::List(items) => {
                let mut out = Vec::new();
                let mut unknown = None;
                for i in items {
                    match prop(i, "Type")
                        .as_ref()
                        .and_then(|x| x.as_str().map(str::to_string))
                    {
                        Some(s) => out.push(s),
                        None => unknown = Some(i.origin.clone()),
                    }
                }
                match unknown {
                    Some(at) => Value::unknown("a log type is not known", at),
                    None => Value::explicit(out, t.origin.clone()),
                }
            }
            Dyn::Null => Value::defaulted(Vec::new(), t.origin.clone()),
            _ => Value::unknown(
                unknown_reason(&t).unwrap_or_else(|| "EnabledTypes is not a list".into()),
                t.origin.clone(),
            ),
        },
    };
    Cluster {
        name: conv::opt_string(prop(p, "Name").as_ref(), o),
        endpoint_public_access,
        public_access_cidrs,
        secrets_kms_key,
        enabled_log_types,
        version: conv::opt_string(prop(p, "Version").as_ref(), o),
    }
}
