//! `aws::kinesis::Stream` (`aws_kinesis_stream`, `AWS::Kinesis::Stream`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Stream {
    pub name: Value<Option<String>>,
    /// `NONE` or `KMS`.
    pub encryption_type: Value<String>,
    /// The KMS key of server-side encryption; `alias/aws/kinesis` is the AWS managed key.
    pub kms_key_id: Value<Option<String>>,
}
