//! `aws_db_instance`, `aws_rds_cluster_instance` → `aws::rds::DbInstance`;
//! `aws_rds_cluster` → `aws::rds::DbCluster`.

use super::aws_common::{bool_or_inherited, elsewhere, inherited_from, int, present};
use super::block;
use crate::module::RawResource;
use parapet_model::aws::rds::{DbCluster, DbInstance};
use parapet_model::{conv, Dyn, Node, Origin, Value};

/// Whether a known password is written for the first of `keys` that is set.
fn password_in_code(n: &Node, keys: &[&str], o: &Origin) -> Value<bool> {
    for k in keys {
        match n.get(k) {
            None => continue,
            Some(x) => match &x.v {
                Dyn::Null => continue,
                Dyn::String(s) => return Value::explicit(!s.is_empty(), x.origin.clone()),
                Dyn::Unknown(u) => return Value::unknown(u.reason.clone(), x.origin.clone()),
                _ => return Value::explicit(true, x.origin.clone()),
            },
        }
    }
    Value::defaulted(false, o.clone())
}

const CLUSTER_SETTING: &str = "an Aurora instance takes this setting from its DB cluster";

pub(crate) fn instance(r: &RawResource) -> DbInstance {
    let n = &r.node;
    let o = &r.origin;
    if r.rtype == "aws_rds_cluster_instance" {
        return DbInstance {
            identifier: conv::opt_string(n.get("identifier"), o),
            engine: conv::opt_string(n.get("engine"), o),
            // Required: a reference to the cluster is known only after apply, but the instance
            // is a cluster member all the same.
            cluster_identifier: present(n.get("cluster_identifier"), o),
            replicate_source: Value::defaulted(None, o.clone()),
            storage_encrypted: elsewhere(CLUSTER_SETTING, o),
            kms_key_id: elsewhere(CLUSTER_SETTING, o),
            // Provider docs: `publicly_accessible` defaults to false.
            publicly_accessible: conv::bool(n.get("publicly_accessible"), false, o),
            backup_retention_period: elsewhere(CLUSTER_SETTING, o),
            deletion_protection: elsewhere(CLUSTER_SETTING, o),
            iam_database_authentication: elsewhere(CLUSTER_SETTING, o),
            auto_minor_version_upgrade: conv::bool(n.get("auto_minor_version_upgrade"), true, o),
            enabled_cloudwatch_logs_exports: elsewhere(CLUSTER_SETTING, o),
            master_password_in_code: Value::defaulted(false, o.clone()),
        };
    }
    // A read replica, a snapshot restore or a point-in-time restore inherits the source's
    // encryption.
    let restore = block(n, "restore_to_point_in_time").map(|_| ());
    let inherits =
        inherited_from(n, &["replicate_source_db", "snapshot_identifier"]).or_else(|| {
            restore.map(|_| "not written: inherited through `restore_to_point_in_time`".into())
        });
    DbInstance {
        identifier: match n.get("identifier") {
            Some(x) => conv::opt_string(Some(x), o),
            None => conv::opt_string(n.get("identifier_prefix"), o),
        },
        engine: conv::opt_string(n.get("engine"), o),
        cluster_identifier: Value::defaulted(None, o.clone()),
        replicate_source: present(n.get("replicate_source_db"), o),
        // Provider docs: `storage_encrypted` defaults to false.
        storage_encrypted: bool_or_inherited(
            n.get("storage_encrypted"),
            false,
            inherits.as_deref(),
            o,
        ),
        kms_key_id: conv::opt_string(n.get("kms_key_id"), o),
        publicly_accessible: conv::bool(n.get("publicly_accessible"), false, o),
        // Optional and computed: the RDS API default of 1 day applies when not written.
        backup_retention_period: int(n.get("backup_retention_period"), 1, o),
        deletion_protection: conv::bool(n.get("deletion_protection"), false, o),
        iam_database_authentication: conv::bool(
            n.get("iam_database_authentication_enabled"),
            false,
            o,
        ),
        auto_minor_version_upgrade: conv::bool(n.get("auto_minor_version_upgrade"), true, o),
        enabled_cloudwatch_logs_exports: conv::strings(n.get("enabled_cloudwatch_logs_exports"), o),
        master_password_in_code: password_in_code(n, &["password", "password_wo"], o),
    }
}

pub(crate) fn cluster(r: &RawResource) -> DbCluster {
    let n = &r.node;
    let o = &r.origin;
    let engine_mode = conv::string(n.get("engine_mode"), "provisioned", o);
    let inherits = inherited_from(
        n,
        &[
            "snapshot_identifier",
            "replication_source_identifier",
            "restore_to_point_in_time",
            "s3_import",
            "global_cluster_identifier",
        ],
    );
    // Provider docs: "The default is false for provisioned engine_mode and true for
    // serverless engine_mode".
    let encrypted_default = engine_mode.get().map(|m| m == "serverless");
    let storage_encrypted = match encrypted_default {
        Some(d) => bool_or_inherited(n.get("storage_encrypted"), d, inherits.as_deref(), o),
        None if n.get("storage_encrypted").is_some() => {
            conv::bool(n.get("storage_encrypted"), false, o)
        }
        None => Value::unknown(
            format!(
                "the default depends on engine_mode, which is not known: {}",
                engine_mode.unknown_reason().unwrap_or("unresolved")
            ),
            engine_mode.origin.clone(),
        ),
    };
    DbCluster {
        identifier: match n.get("cluster_identifier") {
            Some(x) => conv::opt_string(Some(x), o),
            None => conv::opt_string(n.get("cluster_identifier_prefix"), o),
        },
        engine: conv::opt_string(n.get("engine"), o),
        engine_mode,
        storage_encrypted,
        kms_key_id: conv::opt_string(n.get("kms_key_id"), o),
        backup_retention_period: int(n.get("backup_retention_period"), 1, o),
        deletion_protection: conv::bool(n.get("deletion_protection"), false, o),
        iam_database_authentication: conv::bool(
            n.get("iam_database_authentication_enabled"),
            false,
            o,
        ),
        enabled_cloudwatch_logs_exports: conv::strings(n.get("enabled_cloudwatch_logs_exports"), o),
        master_password_in_code: password_in_code(n, &["master_password", "master_password_wo"], o),
    }
}
