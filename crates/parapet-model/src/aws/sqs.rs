//! `aws::sqs::Queue` (`aws_sqs_queue`, `AWS::SQS::Queue`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Queue {
    pub name: Value<Option<String>>,
    /// The KMS key for SSE-KMS, when one is named.
    pub kms_master_key_id: Value<Option<String>>,
    /// SSE-SQS (SQS-owned keys): on by default for queues created since October 2022, so
    /// `Defaulted(true)` unless written.
    pub sqs_managed_sse: Value<bool>,
}
