//! `aws_eks_cluster` → `aws::eks::Cluster`.

use super::{block, blocks};
use crate::module::RawResource;
use parapet_model::aws::eks::Cluster;
use parapet_model::{conv, Dyn, Value};

pub(crate) fn cluster(r: &RawResource) -> Cluster {
    let n = &r.node;
    let o = &r.origin;
    let (endpoint_public_access, public_access_cidrs) = match block(n, "vpc_config") {
        // Provider docs: the public endpoint is on, open to 0.0.0.0/0, unless written.
        Some(v) => (
            conv::bool(v.get("endpoint_public_access"), true, &v.origin),
            match v.get("public_access_cidrs") {
                None => Value::defaulted(vec!["0.0.0.0/0".to_string()], v.origin.clone()),
                x => conv::strings(x, &v.origin),
            },
        ),
        None => (
            Value::unknown("vpc_config is not set", o.clone()),
            Value::unknown("vpc_config is not set", o.clone()),
        ),
    };
    let secrets_kms_key = match n.get("encryption_config").map(|x| &x.v) {
        Some(Dyn::Unknown(u)) => Value::unknown(u.reason.clone(), o.clone()),
        _ => {
            let mut key = Value::defaulted(None, o.clone());
            for e in blocks(n, "encryption_config") {
                let res = conv::strings(e.get("resources"), &e.origin);
                let covers = match res.get() {
                    None => {
                        key = Value::unknown(
                            "the encrypted resources are not known",
                            e.origin.clone(),
                        );
                        continue;
                    }
                    Some(l) => l.iter().any(|x| x == "secrets"),
                };
                if covers {
                    key = match block(e, "provider") {
                        Some(p) => conv::opt_string(p.get("key_arn"), &p.origin),
                        None => Value::unknown("the key provider is not set", e.origin.clone()),
                    };
                }
            }
            key
        }
    };
    Cluster {
        name: conv::opt_string(n.get("name"), o),
        endpoint_public_access,
        public_access_cidrs,
        secrets_kms_key,
        enabled_log_types: conv::strings(n.get("enabled_cluster_log_types"), o),
        version: conv::opt_string(n.get("version"), o),
    }
}
