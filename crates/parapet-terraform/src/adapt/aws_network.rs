//! Network ACLs, subnets, the account's EBS encryption default, Classic Load Balancers,
//! WAFv2 web ACLs, Route 53 hosted zones, Transfer Family servers and Network Firewall →
//! their `aws::*` model types, and the joins of their split-out logging resources
//! (`aws_wafv2_web_acl_logging_configuration`, `aws_route53_query_log`,
//! `aws_networkfirewall_logging_configuration`) and of web ACL associations into load
//! balancers. Also the account-level EC2 settings (`aws_ami_launch_permission`, public
//! sharing blocks, instance metadata defaults).

use super::{block, blocks, targets};
use crate::module::RawResource;
use parapet_model::aws::ec2::{
    normalize_protocol, AmiLaunchPermission, EbsEncryptionByDefault, InstanceMetadataDefaults,
    NetworkAcl, NetworkAclEntry, PublicSharingBlock, Subnet,
};
use parapet_model::aws::elb::{ClassicListener, ClassicLoadBalancer};
use parapet_model::aws::networkfirewall::{Firewall, FirewallPolicy};
use parapet_model::aws::route53::HostedZone;
use parapet_model::aws::transfer::Server;
use parapet_model::aws::wafv2::WebAcl;
use parapet_model::{conv, Config, Dyn, Edge, EdgeKind, Node, Origin, Resource, Value};

fn unknown_reason(n: &Node) -> Option<String> {
    match &n.v {
        Dyn::Unknown(u) => Some(u.reason.clone()),
        _ => None,
    }
}

fn unknown_entry(why: &str, o: &Origin) -> NetworkAclEntry {
    NetworkAclEntry {
        egress: Value::unknown(why, o.clone()),
        action: Value::unknown(why, o.clone()),
        protocol: Value::unknown(why, o.clone()),
        from_port: Value::unknown(why, o.clone()),
        to_port: Value::unknown(why, o.clone()),
        cidrs: Value::unknown(why, o.clone()),
        origin: o.clone(),
    }
}

/// The written IPv4 and IPv6 ranges of an entry.
fn cidrs(n: &Node, o: &Origin) -> Value<Vec<String>> {
    let mut out = Vec::new();
    let mut origin = o.clone();
    for k in ["cidr_block", "ipv6_cidr_block"] {
        let v = conv::opt_string(n.get(k), o);
        match v.get() {
            None => {
                return Value::unknown(
                    v.unknown_reason().unwrap_or("unknown").to_string(),
                    v.origin.clone(),
                )
            }
            Some(Some(c)) if !c.is_empty() => {
                if out.is_empty() {
                    origin = v.origin.clone();
                }
                out.push(c.clone());
            }
            Some(_) => {}
        }
    }
    Value::explicit(out, origin)
}

fn entry(n: &Node, egress: Value<bool>, action_key: &str, o: &Origin) -> NetworkAclEntry {
    NetworkAclEntry {
        egress,
        action: match conv::opt_string(n.get(action_key), o) {
            v if v.get().is_some_and(Option::is_none) => {
                Value::unknown(format!("{action_key} is not set"), v.origin.clone())
            }
            v => v.map(|a| a.unwrap_or_default().to_ascii_lowercase()),
        },
        protocol: conv::string(n.get("protocol"), "-1", o).map(|p| normalize_protocol(&p)),
        from_port: conv::opt_int(n.get("from_port"), o),
        to_port: conv::opt_int(n.get("to_port"), o),
        cidrs: cidrs(n, o),
        origin: o.clone(),
    }
}

/// `aws_network_acl`, `aws_default_network_acl` (inline `ingress`/`egress` blocks) and
/// `aws_network_acl_rule` (one entry).
pub(crate) fn network_acl(r: &RawResource) -> NetworkAcl {
    let n = &r.node;
    let o = &r.origin;
    if r.rtype == "aws_network_acl_rule" {
        return NetworkAcl {
            entries: vec![entry(
                n,
                conv::bool(n.get("egress"), false, o),
                "rule_action",
                o,
            )],
        };
    }
    let mut entries = Vec::new();
    for (key, egress) in [("ingress", false), ("egress", true)] {
        match n.get(key) {
            Some(x) if x.is_unknown() => entries.push(unknown_entry(
                &unknown_reason(x).unwrap_or_else(|| "the entries are not known".into()),
                &x.origin,
            )),
            _ => {
                for b in blocks(n, key) {
                    entries.push(entry(
                        b,
                        Value::explicit(egress, b.origin.clone()),
                        "action",
                        &b.origin,
                    ));
                }
            }
        }
    }
    NetworkAcl { entries }
}

pub(crate) fn subnet(r: &RawResource) -> Subnet {
    Subnet {
        map_public_ip_on_launch: conv::bool(
            r.node.get("map_public_ip_on_launch"),
            false,
            &r.origin,
        ),
    }
}

pub(crate) fn ebs_encryption_by_default(r: &RawResource) -> EbsEncryptionByDefault {
    EbsEncryptionByDefault {
        // Provider docs: `enabled` defaults to true.
        enabled: conv::bool(r.node.get("enabled"), true, &r.origin),
    }
}

pub(crate) fn ami_launch_permission(r: &RawResource) -> AmiLaunchPermission {
    AmiLaunchPermission {
        group: conv::opt_string(r.node.get("group"), &r.origin),
    }
}

pub(crate) fn public_sharing_block(r: &RawResource) -> PublicSharingBlock {
    PublicSharingBlock {
        shares: if r.rtype == "aws_ec2_image_block_public_access" {
            "AMIs".into()
        } else {
            "snapshots".into()
        },
        // Required by the provider: not written is an incomplete configuration.
        state: match conv::opt_string(r.node.get("state"), &r.origin) {
            v if v.get().is_some_and(Option::is_none) => {
                Value::unknown("state is not set", v.origin.clone())
            }
            v => v.map(|s| s.unwrap_or_default().to_ascii_lowercase()),
        },
    }
}

pub(crate) fn instance_metadata_defaults(r: &RawResource) -> InstanceMetadataDefaults {
    InstanceMetadataDefaults {
        http_tokens: conv::string(r.node.get("http_tokens"), "no-preference", &r.origin)
            .map(|s| s.to_ascii_lowercase()),
    }
}

pub(crate) fn classic_load_balancer(r: &RawResource) -> ClassicLoadBalancer {
    let n = &r.node;
    let o = &r.origin;
    let listeners = match n.get("listener") {
        Some(x) if x.is_unknown() => vec![ClassicListener {
            protocol: Value::unknown("the listeners are not known", x.origin.clone()),
            port: Value::unknown("the listeners are not known", x.origin.clone()),
            origin: x.origin.clone(),
        }],
        _ => blocks(n, "listener")
            .into_iter()
            .map(|b| ClassicListener {
                protocol: match conv::opt_string(b.get("lb_protocol"), &b.origin) {
                    v if v.get().is_some_and(Option::is_none) => {
                        Value::unknown("lb_protocol is not set", v.origin.clone())
                    }
                    v => v.map(|p| p.unwrap_or_default().to_ascii_uppercase()),
                },
                port: conv::opt_int(b.get("lb_port"), &b.origin),
                origin: b.origin.clone(),
            })
            .collect(),
    };
    let access_logs = match n.get("access_logs") {
        Some(x) if x.is_unknown() => {
            Value::unknown(unknown_reason(x).unwrap_or_default(), x.origin.clone())
        }
        _ => match block(n, "access_logs") {
            // Provider docs: `enabled` defaults to true inside the block.
            Some(b) => conv::bool(b.get("enabled"), true, &b.origin),
            None => Value::defaulted(false, o.clone()),
        },
    };
    ClassicLoadBalancer {
        internal: conv::bool(n.get("internal"), false, o),
        listeners,
        access_logs,
    }
}

pub(crate) fn web_acl(r: &RawResource) -> WebAcl {
    let n = &r.node;
    let o = &r.origin;
    let default_allow = match n.get("default_action") {
        Some(x) if x.is_unknown() => {
            Value::unknown(unknown_reason(x).unwrap_or_default(), x.origin.clone())
        }
        _ => match block(n, "default_action") {
            None => Value::unknown("default_action is not set", o.clone()),
            Some(d) => {
                if block(d, "allow").is_some() {
                    Value::explicit(true, d.origin.clone())
                } else if block(d, "block").is_some() {
                    Value::explicit(false, d.origin.clone())
                } else {
                    Value::unknown("the default action is not known", d.origin.clone())
                }
            }
        },
    };
    let rule_count = match n.get("rule") {
        Some(x) if x.is_unknown() => {
            Value::unknown(unknown_reason(x).unwrap_or_default(), x.origin.clone())
        }
        // A web ACL whose rules are managed by `aws_wafv2_web_acl_rule_group_association` or
        // ignored with `lifecycle` has none written here: unknown, not zero.
        _ if n.get("rule_json").is_some_and(|j| !j.is_null()) => {
            Value::unknown("the rules are written as rule_json", o.clone())
        }
        _ => Value::explicit(blocks(n, "rule").len(), o.clone()),
    };
    WebAcl {
        name: conv::opt_string(n.get("name"), o),
        default_allow,
        rule_count,
        logging: Value::defaulted(false, o.clone()),
    }
}

pub(crate) fn hosted_zone(r: &RawResource) -> HostedZone {
    let n = &r.node;
    let o = &r.origin;
    let private = match n.get("vpc") {
        Some(x) if x.is_unknown() => {
            Value::unknown(unknown_reason(x).unwrap_or_default(), x.origin.clone())
        }
        _ => {
            let vpcs = blocks(n, "vpc");
            match vpcs.first() {
                Some(v) => Value::explicit(true, v.origin.clone()),
                None => Value::defaulted(false, o.clone()),
            }
        }
    };
    HostedZone {
        name: conv::opt_string(n.get("name"), o),
        private,
        query_logging: Value::defaulted(false, o.clone()),
    }
}

pub(crate) fn transfer_server(r: &RawResource) -> Server {
    let o = &r.origin;
    Server {
        protocols: match r.node.get("protocols") {
            None => Value::defaulted(vec!["SFTP".to_string()], o.clone()),
            Some(p) if p.is_null() => Value::defaulted(vec!["SFTP".to_string()], p.origin.clone()),
            p => {
                conv::strings(p, o).map(|l| l.into_iter().map(|s| s.to_ascii_uppercase()).collect())
            }
        },
    }
}

pub(crate) fn firewall(r: &RawResource) -> Firewall {
    let n = &r.node;
    let o = &r.origin;
    Firewall {
        name: conv::opt_string(n.get("name"), o),
        delete_protection: conv::bool(n.get("delete_protection"), false, o),
        logging: Value::defaulted(false, o.clone()),
    }
}

pub(crate) fn firewall_policy(r: &RawResource) -> FirewallPolicy {
    let n = &r.node;
    let o = &r.origin;
    let (full, frag) = match n.get("firewall_policy") {
        Some(x) if x.is_unknown() => {
            let why = unknown_reason(x).unwrap_or_default();
            (
                Value::unknown(why.clone(), x.origin.clone()),
                Value::unknown(why, x.origin.clone()),
            )
        }
        _ => match block(n, "firewall_policy") {
            None => (
                Value::unknown("firewall_policy is not set", o.clone()),
                Value::unknown("firewall_policy is not set", o.clone()),
            ),
            Some(p) => (
                conv::strings(p.get("stateless_default_actions"), &p.origin),
                conv::strings(p.get("stateless_fragment_default_actions"), &p.origin),
            ),
        },
    };
    FirewallPolicy {
        name: conv::opt_string(n.get("name"), o),
        stateless_default_actions: full,
        stateless_fragment_default_actions: frag,
    }
}

/// Joins the logging resources into the web ACLs, hosted zones and firewalls they name.
pub(crate) fn join(raw: &[RawResource], out: &mut [Resource], edges: &mut Vec<Edge>) {
    let acls = super::of_types(raw, &["aws_wafv2_web_acl"]);
    let zones = super::of_types(raw, &["aws_route53_zone"]);
    let firewalls = super::of_types(raw, &["aws_networkfirewall_firewall"]);
    let lbs = super::of_types(raw, &["aws_lb", "aws_alb"]);
    for (i, r) in raw.iter().enumerate() {
        let ts = match r.rtype.as_str() {
            "aws_wafv2_web_acl_logging_configuration" => targets(r, "resource_arn", &acls, "arn"),
            "aws_route53_query_log" => targets(r, "zone_id", &zones, "zone_id"),
            "aws_networkfirewall_logging_configuration" => {
                targets(r, "firewall_arn", &firewalls, "arn")
            }
            "aws_wafv2_web_acl_association" | "aws_wafregional_web_acl_association" => {
                targets(r, "resource_arn", &lbs, "arn")
            }
            _ => continue,
        };
        for t in ts {
            let on = Value::explicit(true, r.origin.clone());
            match &mut out[t].config {
                Config::Wafv2WebAcl(x) => x.logging = on,
                Config::Route53HostedZone(x) => x.query_logging = on,
                Config::NetworkFirewall(x) => x.logging = on,
                Config::LoadBalancer(x) => x.waf_web_acl = on,
                _ => continue,
            }
            edges.push(Edge {
                from: i,
                to: t,
                kind: EdgeKind::Attaches,
            });
        }
    }
}
