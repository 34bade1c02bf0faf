//! `aws::eks::Cluster` (`aws_eks_cluster`, `AWS::EKS::Cluster`).

use crate::value::Value;
use crate::Date;
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

/// When EKS standard support ends for each Kubernetes minor version, from the EKS release
/// calendar (standard support lasts 14 months from the EKS release; then paid extended support
/// for 12 more, after which EKS upgrades the control plane itself). Versions older than the
/// first entry left standard support before it; versions newer than the last are current.
/// Checked on 2026-11-30: add each new version as EKS publishes its dates.
pub const STANDARD_SUPPORT_ENDS: &[((u32, u32), Date)] = &[
    ((1, 28), Date(2024, 11, 26)),
    ((1, 29), Date(2025, 3, 23)),
    ((1, 30), Date(2025, 7, 23)),
    ((1, 31), Date(2025, 11, 26)),
    ((1, 32), Date(2026, 3, 23)),
    ((1, 33), Date(2026, 7, 29)),
    ((1, 34), Date(2026, 12, 2)),
    ((1, 35), Date(2027, 3, 27)),
];

/// When standard support of a minor version ends (or ended), if the calendar says:
/// `Some(None)` for a version older than the calendar (long out of support), `None` for one
/// newer than it (current) or not a version EKS had.
pub fn standard_support_end(version: (u32, u32)) -> Option<Option<Date>> {
    let first = STANDARD_SUPPORT_ENDS.first()?;
    if version < first.0 {
        return Some(None);
    }
    STANDARD_SUPPORT_ENDS
        .iter()
        .find(|(v, _)| *v == version)
        .map(|(_, d)| Some(*d))
}

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
