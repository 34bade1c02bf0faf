//! `aws::secretsmanager::Secret` (`aws_secretsmanager_secret` +
//! `aws_secretsmanager_secret_rotation` + `aws_secretsmanager_secret_policy` +
//! `aws_secretsmanager_secret_version`, `AWS::SecretsManager::Secret` +
//! `AWS::SecretsManager::RotationSchedule` + `AWS::SecretsManager::ResourcePolicy`).

use crate::policy::PolicyDocument;
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
    /// The resource policy (`policy`, `aws_secretsmanager_secret_policy.policy`,
    /// `AWS::SecretsManager::ResourcePolicy`); `None` when there is none.
    pub policy: Value<Option<PolicyDocument>>,
    /// Whether Secrets Manager validates the resource policy and rejects one that grants broad
    /// access (`block_public_policy` of `aws_secretsmanager_secret_policy`, `BlockPublicPolicy`
    /// of `AWS::SecretsManager::ResourcePolicy`). The API does not block unless asked, so
    /// only a written `true` is relied on.
    pub block_public_policy: Value<bool>,
    /// Days Secrets Manager keeps a deleted secret recoverable
    /// (`recovery_window_in_days`, default 30; `0` deletes it at once). CloudFormation has no
    /// such property: unknown there.
    pub recovery_window_days: Value<i64>,
    /// The secret value as written in the configuration (`secret_string` of an
    /// `aws_secretsmanager_secret_version`, `SecretString`); `None` when none is written
    /// (a generated or separately stored value).
    pub secret_string: Value<Option<String>>,
}
