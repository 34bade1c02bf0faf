//! `aws::sns::Topic` (`aws_sns_topic`, `AWS::SNS::Topic`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Topic {
    pub name: Value<Option<String>>,
    /// The KMS key for server-side encryption; `None` (the default) stores messages
    /// unencrypted.
    pub kms_master_key_id: Value<Option<String>>,
}
