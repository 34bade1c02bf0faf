//! `aws::secretsmanager::Secret` (`aws_secretsmanager_secret` +
//! `aws_secretsmanager_secret_rotation`, `AWS::SecretsManager::Secret` +
//! `AWS::SecretsManager::RotationSchedule`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Secret {
    pub name: Value<Option<String>>,
    /// Whether a rotation configuration is attached; `Defaulted(false)` when the configuration
    /// attaches none (Secrets Manager does not rotate a secret on its own).
    pub rotation: Value<bool>,
    /// The KMS key that encrypts the secret; `None`: the AWS managed key
    /// `aws/secretsmanager`.
    pub kms_key_id: Value<Option<String>>,
}
