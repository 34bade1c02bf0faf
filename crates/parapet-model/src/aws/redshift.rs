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
}
