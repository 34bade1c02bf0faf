//! `aws::backup::Vault` (`aws_backup_vault` + `aws_backup_vault_policy` +
//! `aws_backup_vault_lock_configuration`, `AWS::Backup::BackupVault`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Vault {
    pub name: Value<Option<String>>,
    /// The KMS key that encrypts the recovery points (`kms_key_arn`, `EncryptionKeyArn`);
    /// `None`: AWS Backup uses the AWS managed key `aws/backup`.
    pub kms_key_arn: Value<Option<String>>,
    /// The vault access policy (`aws_backup_vault_policy.policy`, `AccessPolicy`); `None`
    /// when there is none.
    pub policy: Value<Option<PolicyDocument>>,
    /// Whether AWS Backup Vault Lock is configured (`aws_backup_vault_lock_configuration`,
    /// `LockConfiguration`); off unless written.
    pub lock: Value<bool>,
}
