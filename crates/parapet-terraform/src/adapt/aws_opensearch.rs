//! `aws_opensearch_domain`, `aws_elasticsearch_domain` → `aws::opensearch::Domain`.

use super::block;
use crate::module::RawResource;
use parapet_model::aws::opensearch::Domain;
use parapet_model::{conv, Value};

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
    }
}
