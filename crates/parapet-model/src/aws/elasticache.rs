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
    /// Whether clients must authenticate: an AUTH token (`auth_token`, `AuthToken`) or
    /// role-based access control user groups (`user_group_ids`, `UserGroupIds`) is
    /// configured. Neither is configured unless written.
    pub client_authentication: Value<bool>,
    /// Days automatic snapshots are kept (`snapshot_retention_limit`,
    /// `SnapshotRetentionLimit`); 0, the default, turns them off.
    pub snapshot_retention_limit: Value<i64>,
    /// Whether minor engine versions are applied in the maintenance window
    /// (`auto_minor_version_upgrade`, `AutoMinorVersionUpgrade`); true unless written.
    pub auto_minor_version_upgrade: Value<bool>,
}
