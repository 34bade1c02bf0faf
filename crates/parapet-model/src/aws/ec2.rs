//! `aws::ec2::SecurityGroup`

use crate::span::Origin;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SecurityGroup {
    pub name: Value<Option<String>>,
    pub description: Value<Option<String>>,
    pub ingress: Vec<SecurityGroupRule>,
    pub egress: Vec<SecurityGroupRule>,
}

/// One ingress or egress rule, whether written inline or as a separate resource.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SecurityGroupRule {
    /// `tcp`, `udp`, `icmp`, `-1` (all) ... normalized to lower case; `6` becomes `tcp`.
    pub protocol: Value<String>,
    pub from_port: Value<Option<i64>>,
    pub to_port: Value<Option<i64>>,
    pub cidr_ipv4: Value<Vec<String>>,
    pub cidr_ipv6: Value<Vec<String>>,
    pub description: Value<Option<String>>,
    /// The rule's own block or resource.
    pub origin: Origin,
}

impl SecurityGroupRule {
    /// Whether the rule admits traffic to `port` for TCP, when the protocol and ports are known.
    pub fn covers_tcp_port(&self, port: i64) -> Option<bool> {
        let proto = self.protocol.get()?;
        let all = matches!(proto.as_str(), "-1" | "all");
        if !all && proto != "tcp" {
            return Some(false);
        }
        if all {
            return Some(true);
        }
        let from = self.from_port.get()?.unwrap_or(0);
        let to = self.to_port.get()?.unwrap_or(65535);
        // -1 as a port means "all" for tcp in some APIs.
        if from == -1 || to == -1 {
            return Some(true);
        }
        Some(from <= port && port <= to)
    }
}

/// Normalizes a protocol name or number as AWS accepts them.
pub fn normalize_protocol(p: &str) -> String {
    match p.trim().to_ascii_lowercase().as_str() {
        "6" => "tcp".into(),
        "17" => "udp".into(),
        "1" => "icmp".into(),
        "58" => "icmpv6".into(),
        "all" | "-1" => "-1".into(),
        other => other.to_string(),
    }
}
