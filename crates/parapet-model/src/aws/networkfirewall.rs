//! `aws::networkfirewall::Firewall` (`aws_networkfirewall_firewall`,
//! `AWS::NetworkFirewall::Firewall`, joined with `aws_networkfirewall_logging_configuration`
//! / `AWS::NetworkFirewall::LoggingConfiguration`) and `aws::networkfirewall::FirewallPolicy`
//! (`aws_networkfirewall_firewall_policy`, `AWS::NetworkFirewall::FirewallPolicy`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Firewall {
    pub name: Value<Option<String>>,
    /// `delete_protection`, `DeleteProtection`; off unless written.
    pub delete_protection: Value<bool>,
    /// Whether a logging configuration in the same configuration names this firewall; false
    /// unless one is found.
    pub logging: Value<bool>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FirewallPolicy {
    pub name: Value<Option<String>>,
    /// What happens to full packets that match no stateless rule
    /// (`stateless_default_actions`, `StatelessDefaultActions`): `aws:pass`, `aws:drop`,
    /// `aws:forward_to_sfe`, or custom action names. Required by both formats.
    pub stateless_default_actions: Value<Vec<String>>,
    /// The same for fragmented packets (`stateless_fragment_default_actions`,
    /// `StatelessFragmentDefaultActions`).
    pub stateless_fragment_default_actions: Value<Vec<String>>,
}
