//! `aws::logs::LogGroup` (`aws_cloudwatch_log_group`, `AWS::Logs::LogGroup`) and
//! `aws::logs::ResourcePolicy` (`aws_cloudwatch_log_resource_policy`,
//! `AWS::Logs::ResourcePolicy`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LogGroup {
    pub name: Value<Option<String>>,
    /// Retention in days; `None` (the default) keeps events forever.
    pub retention_days: Value<Option<i64>>,
    /// The KMS key that encrypts the log data; `None`: CloudWatch Logs' own encryption.
    pub kms_key_id: Value<Option<String>>,
}

/// An account-level CloudWatch Logs resource policy: which principals (usually AWS services
/// such as Route 53 or EventBridge) may write to the log groups it names.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ResourcePolicy {
    pub name: Value<Option<String>>,
    /// The policy document (`policy_document`, `PolicyDocument`; required).
    pub policy: Value<Option<PolicyDocument>>,
}
