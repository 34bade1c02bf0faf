//! `aws::emr::Cluster` (`aws_emr_cluster`, `AWS::EMR::Cluster`) and
//! `aws::emr::BlockPublicAccess` (`aws_emr_block_public_access_configuration`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// An EMR cluster.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cluster {
    pub name: Value<Option<String>>,
    /// The name of the EMR security configuration (`security_configuration`,
    /// `SecurityConfiguration`) that sets encryption at rest, in transit and authentication;
    /// `None` when not written (none of them is configured).
    pub security_configuration: Value<Option<String>>,
}

/// The account's (per-region) EMR block public access configuration.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BlockPublicAccess {
    /// `block_public_security_group_rules`: whether clusters may not start with security
    /// groups open to the internet on ports other than the allowed ranges (required).
    pub block_public_security_group_rules: Value<bool>,
}
