//! `AWS::OpenSearchService::Domain`, `AWS::Elasticsearch::Domain` →
//! `aws::opensearch::Domain`.

use super::aws_common::prop;
use crate::eval::Evaluated;
use parapet_model::aws::opensearch::Domain;
use parapet_model::{conv, Value};

pub(crate) fn domain(ev: &Evaluated) -> Domain {
    let o = &ev.origin;
    let p = &ev.props;
    let enabled = |key: &str| match prop(p, key).filter(|x| !x.is_null()) {
        Some(b) => conv::bool(prop(&b, "Enabled").as_ref(), false, &b.origin),
        None => Value::defaulted(false, o.clone()),
    };
    Domain {
        name: conv::opt_string(prop(p, "DomainName").as_ref(), o),
        encrypt_at_rest: enabled("EncryptionAtRestOptions"),
        node_to_node_encryption: enabled("NodeToNodeEncryptionOptions"),
    }
}
