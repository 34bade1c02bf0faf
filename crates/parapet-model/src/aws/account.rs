//! Account-wide settings: `aws::account::PasswordPolicy` (`aws_iam_account_password_policy`)
//! and `aws::account::S3PublicAccessBlock` (`aws_s3_account_public_access_block`).
//! CloudFormation has no resource type for either.

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PasswordPolicy {
    /// Minimum length; IAM's default is 8 when the policy does not set one.
    pub minimum_length: Value<i64>,
    /// How many previous passwords cannot be reused; `None`: reuse is allowed.
    pub reuse_prevention: Value<Option<i64>>,
    pub require_symbols: Value<bool>,
    pub require_numbers: Value<bool>,
    pub require_uppercase: Value<bool>,
    pub require_lowercase: Value<bool>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct S3PublicAccessBlock {
    pub block_public_acls: Value<bool>,
    pub block_public_policy: Value<bool>,
    pub ignore_public_acls: Value<bool>,
    pub restrict_public_buckets: Value<bool>,
}
