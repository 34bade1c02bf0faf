//! `aws::sns::Topic` (`aws_sns_topic` + `aws_sns_topic_policy`, `AWS::SNS::Topic` +
//! `AWS::SNS::TopicPolicy` / `AWS::SNS::TopicInlinePolicy`) and `aws::sns::Subscription`
//! (`aws_sns_topic_subscription`, `AWS::SNS::Subscription`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Topic {
    pub name: Value<Option<String>>,
    /// The KMS key for server-side encryption; `None` (the default) stores messages
    /// unencrypted.
    pub kms_master_key_id: Value<Option<String>>,
    /// The topic's access policy (`policy`, `aws_sns_topic_policy`, a topic policy resource
    /// naming the topic). `Defaulted(None)`: SNS's default policy, which grants the owner
    /// account only.
    pub policy: Value<Option<PolicyDocument>>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Subscription {
    /// `http`, `https`, `email`, `sqs`, `lambda` ... (required).
    pub protocol: Value<String>,
    /// Where messages are delivered: a URL, an address, an ARN.
    pub endpoint: Value<Option<String>>,
}
