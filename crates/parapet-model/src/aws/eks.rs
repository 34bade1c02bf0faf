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
