//! `aws::neptune::Cluster` (`aws_neptune_cluster`, `AWS::Neptune::DBCluster`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// An Amazon Neptune cluster.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cluster {
    pub identifier: Value<Option<String>>,
    /// Encryption of the cluster's storage (`storage_encrypted`, `StorageEncrypted`); off
    /// unless written. A restore from a snapshot inherits the snapshot's encryption, so a
    /// setting that is not written is then unknown.
    pub storage_encrypted: Value<bool>,
    /// IAM database authentication (`iam_database_authentication_enabled`, `IamAuthEnabled`);
    /// off unless written.
    pub iam_database_authentication: Value<bool>,
    /// The log types exported to CloudWatch Logs (`enable_cloudwatch_logs_exports`,
    /// `EnableCloudwatchLogsExports`): `audit` and `slowquery`; none unless written.
    pub enabled_cloudwatch_logs_exports: Value<Vec<String>>,
    /// Deletion protection (`deletion_protection`, `DeletionProtection`); off unless written.
    pub deletion_protection: Value<bool>,
    /// Days automated backups are kept (`backup_retention_period`,
    /// `BackupRetentionPeriod`); 1 unless written.
    pub backup_retention_period: Value<i64>,
}
