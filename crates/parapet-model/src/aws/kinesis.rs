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

/// A Firehose delivery stream (`aws_kinesis_firehose_delivery_stream`,
/// `AWS::KinesisFirehose::DeliveryStream`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DeliveryStream {
    pub name: Value<Option<String>>,
    /// Whether records arrive through `PutRecord` (`DirectPut`, the default) rather than from
    /// a Kinesis data stream or an MSK cluster, whose own encryption then applies.
    pub direct_put: Value<bool>,
    /// Server-side encryption of the buffered data (`server_side_encryption.enabled`,
    /// `DeliveryStreamEncryptionConfigurationInput`); off unless written.
    pub server_side_encryption: Value<bool>,
    /// With server-side encryption, the key type (`server_side_encryption.key_type`,
    /// `DeliveryStreamEncryptionConfigurationInput.KeyType`): `AWS_OWNED_CMK` (Terraform's
    /// default) or `CUSTOMER_MANAGED_CMK`; `None` without encryption.
    pub key_type: Value<Option<String>>,
}
