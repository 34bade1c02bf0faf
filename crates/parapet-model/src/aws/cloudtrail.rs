//! `aws::cloudtrail::Trail` (`aws_cloudtrail`, `AWS::CloudTrail::Trail`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Trail {
    pub name: Value<Option<String>>,
    /// Whether the trail records events of every region; false unless written.
    pub multi_region: Value<bool>,
    /// Whether CloudTrail writes signed digest files; false unless written.
    pub log_file_validation: Value<bool>,
    /// The KMS key encrypting the log files; `None` leaves them under SSE-S3.
    pub kms_key_id: Value<Option<String>>,
    /// Whether the trail is recording (Terraform `enable_logging`, default true;
    /// CloudFormation `IsLogging`, required).
    pub logging: Value<bool>,
}
