//! `aws::sqs::Queue` (`aws_sqs_queue` + `aws_sqs_queue_policy`, `AWS::SQS::Queue` +
//! `AWS::SQS::QueuePolicy` / `AWS::SQS::QueueInlinePolicy`).

use crate::policy::PolicyDocument;
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
    /// The queue's access policy (`policy`, `aws_sqs_queue_policy`, a queue policy resource
    /// naming the queue). `Defaulted(None)`: only the owner account has access.
    pub policy: Value<Option<PolicyDocument>>,
}
