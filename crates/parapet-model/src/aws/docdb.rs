//! `aws::docdb::Cluster` (`aws_docdb_cluster`, `AWS::DocDB::DBCluster`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// An Amazon DocumentDB cluster.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cluster {
    pub identifier: Value<Option<String>>,
    /// Encryption of the cluster's storage, snapshots and backups (`storage_encrypted`,
    /// `StorageEncrypted`); off unless written. A restore from a snapshot inherits the
    /// snapshot's encryption, so a setting that is not written is then unknown.
    pub storage_encrypted: Value<bool>,
    /// The log types exported to CloudWatch Logs (`enabled_cloudwatch_logs_exports`,
    /// `EnableCloudwatchLogsExports`): `audit` and `profiler`; none unless written.
    pub enabled_cloudwatch_logs_exports: Value<Vec<String>>,
    /// Deletion protection (`deletion_protection`, `DeletionProtection`); off unless written.
    pub deletion_protection: Value<bool>,
    /// Days automated backups are kept (`backup_retention_period`,
    /// `BackupRetentionPeriod`); 1 unless written.
    pub backup_retention_period: Value<i64>,
    /// Whether the cluster parameter group leaves TLS on (its `tls` parameter is not
    /// `disabled`). The default parameter group (used when `db_cluster_parameter_group_name`
    /// / `DBClusterParameterGroupName` is not written, or names a `default.*` group) requires
    /// TLS; a group declared in the same configuration is joined; one declared elsewhere is
    /// unknown.
    pub tls_enabled: Value<bool>,
}
