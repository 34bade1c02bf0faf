//! `aws::redshift::Cluster` (`aws_redshift_cluster` + `aws_redshift_logging`,
//! `AWS::Redshift::Cluster`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cluster {
    pub identifier: Value<Option<String>>,
    pub encrypted: Value<bool>,
    pub publicly_accessible: Value<bool>,
    /// Audit logging (to S3 or CloudWatch); off unless written.
    pub audit_logging: Value<bool>,
    /// Enhanced VPC routing (COPY and UNLOAD traffic through the VPC); off unless written.
    pub enhanced_vpc_routing: Value<bool>,
    /// Days automated snapshots are kept; 0 turns them off. Redshift's default is 1.
    pub snapshot_retention_days: Value<i64>,
    /// The KMS key encrypting the cluster (`kms_key_id`, `KmsKeyId`); `None`: the AWS managed
    /// key `aws/redshift`.
    pub kms_key_id: Value<Option<String>>,
    /// Whether the cluster's parameter group sets `require_ssl` to true. With none written
    /// (`cluster_parameter_group_name` / `ClusterParameterGroupName`) a new cluster gets
    /// `default.redshift-2.0`, which requires TLS (since January 2025); the older
    /// `default.redshift-1.0` does not; a group declared in the same configuration is joined;
    /// a group declared elsewhere is unknown.
    pub require_ssl: Value<bool>,
    /// Whether engine upgrades are applied in the maintenance window
    /// (`allow_version_upgrade`, `AllowVersionUpgrade`); true unless written.
    pub allow_version_upgrade: Value<bool>,
}

/// `require_ssl` of a cluster as far as its parameter group name tells (see
/// [`super::by_parameter_group_name`]): since January 2025 a new cluster with no group
/// written gets `default.redshift-2.0`, which requires TLS; the older `default.redshift-1.0`
/// does not.
pub fn require_ssl_by_group_name(
    name: Option<&crate::value::Node>,
    origin: &crate::span::Origin,
    elsewhere: &str,
) -> Value<bool> {
    match name {
        None => Value::defaulted(true, origin.clone()),
        Some(x) if x.as_str() == Some("default.redshift-2.0") => {
            Value::explicit(true, x.origin.clone())
        }
        _ => super::by_parameter_group_name(name, false, origin, elsewhere),
    }
}
