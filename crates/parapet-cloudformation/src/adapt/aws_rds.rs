//! `AWS::RDS::DBInstance` → `aws::rds::DbInstance`; `AWS::RDS::DBCluster` →
//! `aws::rds::DbCluster`.

use super::aws_common::{bool_or_inherited, elsewhere, inherited_from, int, present, prop};
use crate::eval::Evaluated;
use parapet_model::aws::rds::{is_dynamic_reference, DbCluster, DbInstance};
use parapet_model::{conv, Dyn, Node, Origin, Value};

/// Whether a known `MasterUserPassword` is written (a literal or a parameter default), not a
/// dynamic reference resolved at deploy time.
fn password_in_code(p: &Node, o: &Origin) -> Value<bool> {
    match prop(p, "MasterUserPassword") {
        None => Value::defaulted(false, o.clone()),
        Some(x) => match &x.v {
            Dyn::Null => Value::defaulted(false, x.origin.clone()),
            Dyn::String(s) => {
                Value::explicit(!s.is_empty() && !is_dynamic_reference(s), x.origin.clone())
            }
            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), x.origin.clone()),
            _ => Value::explicit(true, x.origin.clone()),
        },
    }
}

const CLUSTER_SETTING: &str = "an instance of a DB cluster takes this setting from the cluster";

pub(crate) fn instance(ev: &Evaluated) -> DbInstance {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    let cluster_identifier = present(p, "DBClusterIdentifier", o);
    let member = cluster_identifier.get().map(Option::is_some);
    let publicly_accessible = match g("PubliclyAccessible") {
        Some(x) if !x.is_null() => conv::bool(Some(&x), false, o),
        // RDS documents no fixed default: it depends on the DB subnet group and on whether
        // its VPC has an internet gateway (CreateDBInstance, PubliclyAccessible).
        _ => Value::unknown(
            "PubliclyAccessible is not written: RDS decides it from the subnet group's VPC",
            o.clone(),
        ),
    };
    if member != Some(false) {
        let why = match member {
            Some(_) => CLUSTER_SETTING.to_string(),
            None => format!(
                "whether the instance belongs to a DB cluster is not known: {}",
                cluster_identifier.unknown_reason().unwrap_or("unresolved")
            ),
        };
        return DbInstance {
            identifier: conv::opt_string(g("DBInstanceIdentifier").as_ref(), o),
            engine: conv::opt_string(g("Engine").as_ref(), o),
            cluster_identifier,
            replicate_source: Value::defaulted(None, o.clone()),
            storage_encrypted: elsewhere(&why, o),
            kms_key_id: elsewhere(&why, o),
            publicly_accessible,
            backup_retention_period: elsewhere(&why, o),
            deletion_protection: elsewhere(&why, o),
            iam_database_authentication: elsewhere(&why, o),
            auto_minor_version_upgrade: conv::bool(g("AutoMinorVersionUpgrade").as_ref(), true, o),
            enabled_cloudwatch_logs_exports: elsewhere(&why, o),
            master_password_in_code: password_in_code(p, o),
        };
    }
    let inherits = inherited_from(
        p,
        &[
            "SourceDBInstanceIdentifier",
            "DBSnapshotIdentifier",
            "SourceDbiResourceId",
            "SourceDBClusterIdentifier",
            "SourceDBInstanceAutomatedBackupsArn",
        ],
    );
    DbInstance {
        identifier: conv::opt_string(g("DBInstanceIdentifier").as_ref(), o),
        engine: conv::opt_string(g("Engine").as_ref(), o),
        cluster_identifier,
        replicate_source: present(p, "SourceDBInstanceIdentifier", o),
        // CloudFormation docs: StorageEncrypted defaults to false; a replica or a restored
        // snapshot inherits the source's setting.
        storage_encrypted: bool_or_inherited(
            g("StorageEncrypted").as_ref(),
            false,
            inherits.as_deref(),
            o,
        ),
        kms_key_id: conv::opt_string(g("KmsKeyId").as_ref(), o),
        publicly_accessible,
        backup_retention_period: int(g("BackupRetentionPeriod").as_ref(), 1, o),
        deletion_protection: conv::bool(g("DeletionProtection").as_ref(), false, o),
        iam_database_authentication: conv::bool(
            g("EnableIAMDatabaseAuthentication").as_ref(),
            false,
            o,
        ),
        auto_minor_version_upgrade: conv::bool(g("AutoMinorVersionUpgrade").as_ref(), true, o),
        enabled_cloudwatch_logs_exports: conv::strings(
            g("EnableCloudwatchLogsExports").as_ref(),
            o,
        ),
        master_password_in_code: password_in_code(p, o),
    }
}

pub(crate) fn cluster(ev: &Evaluated) -> DbCluster {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    let engine_mode = conv::string(g("EngineMode").as_ref(), "provisioned", o);
    let inherits = inherited_from(
        p,
        &[
            "SnapshotIdentifier",
            "SourceDBClusterIdentifier",
            "ReplicationSourceIdentifier",
            "GlobalClusterIdentifier",
        ],
    );
    // Aurora Serverless v1 clusters are always encrypted.
    let storage_encrypted = match engine_mode.get().map(|m| m == "serverless") {
        Some(d) => bool_or_inherited(g("StorageEncrypted").as_ref(), d, inherits.as_deref(), o),
        None => match g("StorageEncrypted") {
            Some(x) => conv::bool(Some(&x), false, o),
            None => Value::unknown(
                format!(
                    "the default depends on EngineMode, which is not known: {}",
                    engine_mode.unknown_reason().unwrap_or("unresolved")
                ),
                engine_mode.origin.clone(),
            ),
        },
    };
    DbCluster {
        identifier: conv::opt_string(g("DBClusterIdentifier").as_ref(), o),
        engine: conv::opt_string(g("Engine").as_ref(), o),
        engine_mode,
        storage_encrypted,
        kms_key_id: conv::opt_string(g("KmsKeyId").as_ref(), o),
        backup_retention_period: int(g("BackupRetentionPeriod").as_ref(), 1, o),
        deletion_protection: conv::bool(g("DeletionProtection").as_ref(), false, o),
        iam_database_authentication: conv::bool(
            g("EnableIAMDatabaseAuthentication").as_ref(),
            false,
            o,
        ),
        enabled_cloudwatch_logs_exports: conv::strings(
            g("EnableCloudwatchLogsExports").as_ref(),
            o,
        ),
        master_password_in_code: password_in_code(p, o),
    }
}
