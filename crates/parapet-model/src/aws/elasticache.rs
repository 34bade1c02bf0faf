//! `aws::elasticache::ReplicationGroup` (`aws_elasticache_replication_group`,
//! `AWS::ElastiCache::ReplicationGroup`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReplicationGroup {
    /// `redis` (the default) or `valkey`.
    pub engine: Value<String>,
    /// Encryption at rest: off by default for Redis OSS, on by default for Valkey.
    pub at_rest_encryption: Value<bool>,
    /// TLS between clients and nodes; off unless written.
    pub transit_encryption: Value<bool>,
}
