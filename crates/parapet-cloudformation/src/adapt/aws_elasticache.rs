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
        client_authentication: client_authentication(p, o),
        // CreateReplicationGroup: 0 (no snapshots) unless written.
        snapshot_retention_limit: super::aws_common::int(
            prop(p, "SnapshotRetentionLimit").as_ref(),
            0,
            o,
        ),
        auto_minor_version_upgrade: conv::bool(
            prop(p, "AutoMinorVersionUpgrade").as_ref(),
            true,
            o,
        ),
    }
}

/// Whether an AUTH token or an RBAC user group is configured. A token from a parameter or a
/// dynamic reference is set all the same; a user group list counts when it is not empty.
fn client_authentication(p: &parapet_model::Node, o: &parapet_model::Origin) -> Value<bool> {
    use parapet_model::Dyn;
    let token = match prop(p, "AuthToken") {
        None => Value::defaulted(false, o.clone()),
        Some(t) => match &t.v {
            Dyn::Null => Value::defaulted(false, t.origin.clone()),
            Dyn::String(s) => Value::explicit(!s.is_empty(), t.origin.clone()),
            Dyn::Unknown(u) if u.reason.contains("may be absent") => {
                Value::unknown(u.reason.clone(), t.origin.clone())
            }
            _ => Value::explicit(true, t.origin.clone()),
        },
    };
    let groups = parapet_model::aws::lambda::id_list(prop(p, "UserGroupIds").as_ref(), o)
        .map(|l| !l.is_empty());
    match (token.get(), groups.get()) {
        (Some(true), _) => token,
        (_, Some(true)) => groups,
        (Some(false), Some(false)) if groups.is_explicit() => groups,
        (Some(false), Some(false)) => token,
        (None, _) => token,
        (_, None) => groups,
    }
}
