//! `aws_opensearch_domain`, `aws_elasticsearch_domain` → `aws::opensearch::Domain`.

use super::aws_iam::document;
use super::block;
use crate::module::RawResource;
use parapet_model::aws::opensearch::Domain;
use parapet_model::{conv, Dyn, Value};

pub(crate) fn domain(r: &RawResource) -> Domain {
    let n = &r.node;
    let o = &r.origin;
    let enabled = |key: &str| match block(n, key) {
        Some(b) => conv::bool(b.get("enabled"), false, &b.origin),
        None => Value::defaulted(false, o.clone()),
    };
    Domain {
        name: conv::opt_string(n.get("domain_name"), o),
        encrypt_at_rest: enabled("encrypt_at_rest"),
        node_to_node_encryption: enabled("node_to_node_encryption"),
        // Without the block nothing is sent and the service does not enforce HTTPS; inside
        // it, the provider defaults `enforce_https` to true.
        enforce_https: match n.get("domain_endpoint_options") {
            Some(b) if b.is_unknown() => unresolved(b),
            _ => match block(n, "domain_endpoint_options") {
                Some(b) => conv::bool(b.get("enforce_https"), true, &b.origin),
                None => Value::defaulted(false, o.clone()),
            },
        },
        tls_security_policy: match n.get("domain_endpoint_options") {
            Some(b) if b.is_unknown() => unresolved(b),
            _ => match block(n, "domain_endpoint_options") {
                Some(b) => conv::opt_string(b.get("tls_security_policy"), &b.origin),
                None => Value::defaulted(None, o.clone()),
            },
        },
        fine_grained_access_control: match n.get("advanced_security_options") {
            Some(b) if b.is_unknown() => unresolved(b),
            _ => enabled("advanced_security_options"),
        },
        in_vpc: match n.get("vpc_options") {
            Some(b) if b.is_unknown() => unresolved(b),
            _ => Value::defaulted(block(n, "vpc_options").is_some(), o.clone()),
        },
        // Joined with `aws_opensearch_domain_policy` in `aws_platform::join`.
        access_policy: document(n.get("access_policies"), o),
        audit_logs: audit_logs(n, o),
    }
}

/// Whether a `log_publishing_options` block publishes `AUDIT_LOGS` (`enabled` defaults to
/// true in the provider).
fn audit_logs(n: &parapet_model::Node, o: &parapet_model::Origin) -> Value<bool> {
    if let Some(b) = n.get("log_publishing_options") {
        if b.is_unknown() {
            return unresolved(b);
        }
    }
    let mut out = Value::defaulted(false, o.clone());
    for b in super::blocks(n, "log_publishing_options") {
        match b.get("log_type").map(|t| &t.v) {
            Some(Dyn::String(t)) if t == "AUDIT_LOGS" => {
                return conv::bool(b.get("enabled"), true, &b.origin);
            }
            Some(Dyn::Unknown(u)) => out = Value::unknown(u.reason.clone(), b.origin.clone()),
            _ => {}
        }
    }
    out
}

/// The unknown standing for a `dynamic` block over an unknown collection.
fn unresolved<T>(b: &parapet_model::Node) -> Value<T> {
    Value::unknown(
        match &b.v {
            Dyn::Unknown(u) => u.reason.clone(),
            _ => "unresolved".to_string(),
        },
        b.origin.clone(),
    )
}
