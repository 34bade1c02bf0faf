//! `aws_elasticache_replication_group` → `aws::elasticache::ReplicationGroup`.

use crate::module::RawResource;
use parapet_model::aws::elasticache::ReplicationGroup;
use parapet_model::{conv, Value};

pub(crate) fn replication_group(r: &RawResource) -> ReplicationGroup {
    let n = &r.node;
    let o = &r.origin;
    let engine = conv::string(n.get("engine"), "redis", o);
    // Provider docs: at-rest encryption defaults to false for redis and true for valkey.
    let at_rest = match engine.get() {
        Some(e) => conv::bool(
            n.get("at_rest_encryption_enabled"),
            e.eq_ignore_ascii_case("valkey"),
            o,
        ),
        None if n.get("at_rest_encryption_enabled").is_some() => {
            conv::bool(n.get("at_rest_encryption_enabled"), false, o)
        }
        None => Value::unknown(
            "the default depends on the engine, which is not known",
            engine.origin.clone(),
        ),
    };
    ReplicationGroup {
        engine,
        at_rest_encryption: at_rest,
        transit_encryption: conv::bool(n.get("transit_encryption_enabled"), false, o),
    }
}
