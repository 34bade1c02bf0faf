//! `aws::athena::Workgroup` (`aws_athena_workgroup`, `AWS::Athena::WorkGroup`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Workgroup {
    pub name: Value<Option<String>>,
    /// The encryption of query results
    /// (`configuration.result_configuration.encryption_configuration.encryption_option`,
    /// `WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption`):
    /// `SSE_S3`, `SSE_KMS` or `CSE_KMS`; `None` when the workgroup sets none.
    pub result_encryption: Value<Option<String>>,
    /// Whether the workgroup's settings override those of each query
    /// (`configuration.enforce_workgroup_configuration`, default true in the Terraform
    /// provider; `WorkGroupConfiguration.EnforceWorkGroupConfiguration`, for which
    /// CloudFormation documents no default: unknown there when not written).
    pub enforce_configuration: Value<bool>,
}
