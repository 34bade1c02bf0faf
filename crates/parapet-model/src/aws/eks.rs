//! `aws::eks::Cluster` (`aws_eks_cluster`, `AWS::EKS::Cluster`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cluster {
    pub name: Value<Option<String>>,
    /// Whether the Kubernetes API endpoint is reachable from the internet; on unless written.
    pub endpoint_public_access: Value<bool>,
    /// The sources allowed to reach the public endpoint; `0.0.0.0/0` unless written.
    pub public_access_cidrs: Value<Vec<String>>,
    /// The KMS key envelope-encrypting Kubernetes secrets, when one is configured.
    pub secrets_kms_key: Value<Option<String>>,
    /// The control plane log types sent to CloudWatch Logs (`api`, `audit`, `authenticator`,
    /// `controllerManager`, `scheduler`); none unless written.
    pub enabled_log_types: Value<Vec<String>>,
    /// The Kubernetes minor version (`version`, `Version`: `1.33`); `None` when not written
    /// (EKS then creates the cluster with its default, a recent version).
    pub version: Value<Option<String>>,
}

/// The oldest Kubernetes minor version still in EKS standard support, as of 30 November 2026
/// (EKS release calendar: 1.33's standard support ended on 29 July 2026, 1.34's ends on
/// 2 December 2026). Older versions run on paid extended support, or past it are upgraded
/// by EKS. Update this as the calendar moves.
pub const OLDEST_STANDARD_SUPPORT: (u32, u32) = (1, 34);

/// The date [`OLDEST_STANDARD_SUPPORT`] was last checked against the EKS release calendar.
pub const SUPPORT_TABLE_DATE: &str = "2026-11-30";

/// `(major, minor)` of a version string such as `1.29` or `1.29.3`. `1.3` (an unquoted
/// `1.30` read as a number loses its trailing zero) is ambiguous and gives `None`: EKS never
/// offered a 1.x version below 1.10.
pub fn minor_version(v: &str) -> Option<(u32, u32)> {
    let mut parts = v.trim().trim_start_matches('v').split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    if major == 1 && minor < 10 {
        return None;
    }
    Some((major, minor))
}

/// A managed node group (`aws_eks_node_group`, `AWS::EKS::Nodegroup`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NodeGroup {
    pub name: Value<Option<String>>,
    /// The EC2 key pair allowing SSH to the nodes (`remote_access.ec2_ssh_key`,
    /// `RemoteAccess.Ec2SshKey`); `None` when remote access is not configured.
    pub ssh_key: Value<Option<String>>,
    /// The security groups allowed to reach the nodes on port 22
    /// (`remote_access.source_security_group_ids`, `RemoteAccess.SourceSecurityGroups`). When
    /// a key is set and this list is empty, EKS opens port 22 to `0.0.0.0/0`.
    pub ssh_source_security_groups: Value<Vec<String>>,
}
