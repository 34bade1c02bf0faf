//! `AWS::ElastiCache::ReplicationGroup` → `aws::elasticache::ReplicationGroup`.

use super::aws_common::prop;
use crate::eval::Evaluated;
use parapet_model::aws::elasticache::ReplicationGroup;
use parapet_model::{conv, Value};

pub(crate) fn replication_group(ev: &Evaluated) -> ReplicationGroup {
    let o = &ev.origin;
    let p = &ev.props;
    let engine = conv::string(prop(p, "Engine").as_ref(), "redis", o);
    let written = prop(p, "AtRestEncryptionEnabled");
    // CreateReplicationGroup: at-rest encryption defaults to false for Redis OSS and true for
    // Valkey.
    let at_rest = match engine.get() {
        Some(e) => conv::bool(written.as_ref(), e.eq_ignore_ascii_case("valkey"), o),
        None if written.is_some() => conv::bool(written.as_ref(), false, o),
        None => Value::unknown(
            "the default depends on the engine, which is not known",
            engine.origin.clone(),
        ),
    };
    ReplicationGroup {
        engine,
        at_rest_encryption: at_rest,
        transit_encryption: conv::bool(prop(p, "TransitEncryptionEnabled").as_ref(), false, o),
    }
}
