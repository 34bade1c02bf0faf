//! `aws::dynamodb::Table` (`aws_dynamodb_table`, `AWS::DynamoDB::Table`) and
//! `aws::dynamodb::DaxCluster` (`aws_dax_cluster`, `AWS::DAX::Cluster`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Table {
    pub name: Value<Option<String>>,
    /// Continuous backups with point-in-time recovery; off unless written.
    pub point_in_time_recovery: Value<bool>,
    /// Server-side encryption with a KMS key (`server_side_encryption.enabled`,
    /// `SSESpecification.SSEEnabled`). `false`, the default, means an AWS owned key: the data
    /// is encrypted, but with a key outside the account's control and audit.
    pub sse_kms: Value<bool>,
    /// The customer managed key, when one is named; `None` with `sse_kms` uses the AWS
    /// managed key `aws/dynamodb`.
    pub kms_key_id: Value<Option<String>>,
    pub deletion_protection: Value<bool>,
}

/// A DynamoDB Accelerator (DAX) cluster: an in-memory cache in front of DynamoDB tables.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DaxCluster {
    pub name: Value<Option<String>>,
    /// Encryption at rest of the cache nodes (`server_side_encryption.enabled`,
    /// `SSESpecification.SSEEnabled`); off unless written.
    pub encrypted_at_rest: Value<bool>,
    /// The encryption of the cluster endpoint (`cluster_endpoint_encryption_type`,
    /// `ClusterEndpointEncryptionType`): `NONE` (the default) or `TLS`.
    pub endpoint_encryption: Value<String>,
}
