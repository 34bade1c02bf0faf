//! `AWS::OpenSearchService::Domain`, `AWS::Elasticsearch::Domain` →
//! `aws::opensearch::Domain`.

use super::aws_common::prop;
use super::aws_iam::document;
use super::unknown_reason;
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
        // Not written: the service does not enforce HTTPS and picks the TLS policy.
        enforce_https: match prop(p, "DomainEndpointOptions").filter(|x| !x.is_null()) {
            Some(b) => match unknown_reason(&b) {
                Some(r) => Value::unknown(r, b.origin.clone()),
                None => conv::bool(prop(&b, "EnforceHTTPS").as_ref(), false, &b.origin),
            },
            None => Value::defaulted(false, o.clone()),
        },
        tls_security_policy: match prop(p, "DomainEndpointOptions").filter(|x| !x.is_null()) {
            Some(b) => match unknown_reason(&b) {
                Some(r) => Value::unknown(r, b.origin.clone()),
                None => conv::opt_string(prop(&b, "TLSSecurityPolicy").as_ref(), &b.origin),
            },
            None => Value::defaulted(None, o.clone()),
        },
        fine_grained_access_control: enabled("AdvancedSecurityOptions"),
        in_vpc: match prop(p, "VPCOptions").filter(|x| !x.is_null()) {
            Some(b) => match unknown_reason(&b) {
                Some(r) => Value::unknown(r, b.origin.clone()),
                None => Value::explicit(true, b.origin.clone()),
            },
            None => Value::defaulted(false, o.clone()),
        },
        access_policy: document(prop(p, "AccessPolicies"), o),
        // `LogPublishingOptions` is a map keyed by log type.
        audit_logs: match prop(p, "LogPublishingOptions").filter(|x| !x.is_null()) {
            None => Value::defaulted(false, o.clone()),
            Some(l) => match unknown_reason(&l) {
                Some(r) => Value::unknown(r, l.origin.clone()),
                None => match prop(&l, "AUDIT_LOGS").filter(|x| !x.is_null()) {
                    None => Value::defaulted(false, l.origin.clone()),
                    Some(a) => match unknown_reason(&a) {
                        Some(r) => Value::unknown(r, a.origin.clone()),
                        None => match prop(&a, "Enabled") {
                            Some(e) => conv::bool(Some(&e), false, &a.origin),
                            None => Value::unknown(
                                "the audit log option does not say whether it is enabled",
                                a.origin.clone(),
                            ),
                        },
                    },
                },
            },
        },
    }
}
