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
}
