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
        client_authentication: client_authentication(n, o),
        // Provider docs: 0 (no snapshots) unless written.
        snapshot_retention_limit: super::aws_common::int(n.get("snapshot_retention_limit"), 0, o),
        // Provider docs: defaults to true.
        auto_minor_version_upgrade: conv::bool(n.get("auto_minor_version_upgrade"), true, o),
    }
}

/// Whether an AUTH token or an RBAC user group is configured. A token that comes from a
/// variable or another resource is set all the same; a user group list counts when it is
/// not empty.
fn client_authentication(n: &parapet_model::Node, o: &parapet_model::Origin) -> Value<bool> {
    let token = match n.get("auth_token").or(n.get("auth_token_wo")) {
        None => Value::defaulted(false, o.clone()),
        Some(t) => match &t.v {
            parapet_model::Dyn::Null => Value::defaulted(false, t.origin.clone()),
            parapet_model::Dyn::String(s) => Value::explicit(!s.is_empty(), t.origin.clone()),
            // A sensitive value from a variable, a secret or a generated password: the
            // configuration sets one (a variable left null would fail the apply's validation
            // only if written as such, which is rare enough to read as set).
            _ => Value::explicit(true, t.origin.clone()),
        },
    };
    let groups =
        parapet_model::aws::lambda::id_list(n.get("user_group_ids"), o).map(|l| !l.is_empty());
    match (token.get(), groups.get()) {
        (Some(true), _) => token,
        (_, Some(true)) => groups,
        (Some(false), Some(false)) if groups.is_explicit() => groups,
        (Some(false), Some(false)) => token,
        (None, _) => token,
        (_, None) => groups,
    }
}
