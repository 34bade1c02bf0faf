//! `aws::efs::FileSystem` (`aws_efs_file_system` + `aws_efs_file_system_policy` +
//! `aws_efs_backup_policy`, `AWS::EFS::FileSystem`) and `aws::efs::AccessPoint`
//! (`aws_efs_access_point`, `AWS::EFS::AccessPoint`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FileSystem {
    /// Encryption at rest; off unless written (the API and CloudFormation default).
    pub encrypted: Value<bool>,
    /// The customer managed key; `None` with `encrypted` uses the AWS managed key
    /// `aws/elasticfilesystem`.
    pub kms_key_id: Value<Option<String>>,
    /// The file system policy (`aws_efs_file_system_policy.policy`, `FileSystemPolicy`);
    /// `None` when there is none: then any client that can reach a mount target and is
    /// allowed by IAM may mount it.
    pub policy: Value<Option<PolicyDocument>>,
    /// Automatic backups by AWS Backup (`aws_efs_backup_policy` with status `ENABLED`,
    /// `BackupPolicy.Status`); off unless written (the API default).
    pub backup: Value<bool>,
}

/// An access point: an application-specific entry into a file system.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AccessPoint {
    /// The directory the access point exposes as the root (`root_directory.path`,
    /// `RootDirectory.Path`); `/` (the whole file system) unless written.
    pub root_directory: Value<String>,
    /// Whether a POSIX user is enforced for every request (`posix_user`, `PosixUser`); when
    /// absent, clients act with the user and group ids they send.
    pub posix_user: Value<bool>,
}
