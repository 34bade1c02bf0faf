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
    /// The CloudWatch Logs log group the trail also delivers to (`cloud_watch_logs_group_arn`,
    /// `CloudWatchLogsLogGroupArn`); `None` (the default) delivers to S3 only.
    pub cloudwatch_logs_group: Value<Option<String>>,
    /// Whether the trail records events of global services such as IAM and STS
    /// (`include_global_service_events`, `IncludeGlobalServiceEvents`); true unless written.
    pub global_service_events: Value<bool>,
    /// Whether an event selector (`event_selector.data_resource`, `EventSelectors`) or an
    /// advanced event selector (`resources.type` field selector) logs S3 object-level data
    /// events. False without selectors: a trail then logs management events only.
    pub s3_object_events: Value<bool>,
}
