//! `aws::logs::LogGroup` (`aws_cloudwatch_log_group`, `AWS::Logs::LogGroup`).

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
