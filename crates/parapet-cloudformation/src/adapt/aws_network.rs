//! `AWS::EC2::NetworkAclEntry`, `AWS::EC2::Subnet`, Classic Load Balancers, WAFv2 web ACLs,
//! Route 53 hosted zones, Transfer Family servers and Network Firewall → their `aws::*` model
//! types, and the joins of `AWS::WAFv2::LoggingConfiguration` and
//! `AWS::NetworkFirewall::LoggingConfiguration` into what they log.

use super::aws_common::prop;
use super::unknown_reason;
use crate::eval::{Ctx, Evaluated};
use crate::raw;
use parapet_model::aws::ec2::{
    normalize_protocol, NetworkAcl, NetworkAclEntry, PublicSharingBlock, Subnet,
};
use parapet_model::aws::elb::{ClassicListener, ClassicLoadBalancer};
use parapet_model::aws::networkfirewall::{Firewall, FirewallPolicy};
use parapet_model::aws::route53::HostedZone;
use parapet_model::aws::transfer::Server;
use parapet_model::aws::wafv2::WebAcl;
use parapet_model::{conv, Config, Dyn, Node, Value};

fn sub(p: &Node, key: &str) -> Option<Node> {
    prop(p, key).filter(|x| !x.is_null())
}

fn items(n: &Node) -> Vec<Node> {
    match &n.v {
        Dyn::List(l) => l.clone(),
        Dyn::Null => Vec::new(),
        _ => vec![n.clone()],
    }
}

/// `AWS::EC2::NetworkAclEntry`: an ACL of its one entry.
pub(crate) fn network_acl_entry(ev: &Evaluated) -> NetworkAcl {
    let o = &ev.origin;
    let p = &ev.props;
    let (from_port, to_port) = match sub(p, "PortRange") {
        None => (
            Value::defaulted(None, o.clone()),
            Value::defaulted(None, o.clone()),
        ),
        Some(r) => match unknown_reason(&r) {
            Some(why) => (
                Value::unknown(why.clone(), r.origin.clone()),
                Value::unknown(why, r.origin.clone()),
            ),
            None => (
                conv::opt_int(prop(&r, "From").as_ref(), &r.origin),
                conv::opt_int(prop(&r, "To").as_ref(), &r.origin),
            ),
        },
    };
    let mut list = Vec::new();
    let mut at = o.clone();
    let mut cidrs = None;
    for k in ["CidrBlock", "Ipv6CidrBlock"] {
        let v = conv::opt_string(prop(p, k).as_ref(), o);
        match v.get() {
            None => {
                cidrs = Some(Value::unknown(
                    v.unknown_reason().unwrap_or("unknown").to_string(),
                    v.origin.clone(),
                ));
                break;
            }
            Some(Some(c)) if !c.is_empty() => {
                if list.is_empty() {
                    at = v.origin.clone();
                }
                list.push(c.clone());
            }
            Some(_) => {}
        }
    }
    let entry = NetworkAclEntry {
        egress: conv::bool(prop(p, "Egress").as_ref(), false, o),
        action: super::required(
            conv::opt_string(prop(p, "RuleAction").as_ref(), o),
            "RuleAction",
        )
        .map(|a| a.to_ascii_lowercase()),
        protocol: super::required(
            conv::opt_string(prop(p, "Protocol").as_ref(), o),
            "Protocol",
        )
        .map(|x| normalize_protocol(&x)),
        from_port,
        to_port,
        cidrs: cidrs.unwrap_or_else(|| Value::explicit(list, at)),
        origin: o.clone(),
    };
    NetworkAcl {
        entries: vec![entry],
    }
}

pub(crate) fn subnet(ev: &Evaluated) -> Subnet {
    Subnet {
        map_public_ip_on_launch: conv::bool(
            prop(&ev.props, "MapPublicIpOnLaunch").as_ref(),
            false,
            &ev.origin,
        ),
    }
}

/// `AWS::EC2::SnapshotBlockPublicAccess`.
pub(crate) fn snapshot_block_public_access(ev: &Evaluated) -> PublicSharingBlock {
    PublicSharingBlock {
        shares: "snapshots".into(),
        state: super::required(
            conv::opt_string(prop(&ev.props, "State").as_ref(), &ev.origin),
            "State",
        )
        .map(|s| s.to_ascii_lowercase()),
    }
}

pub(crate) fn classic_load_balancer(ev: &Evaluated) -> ClassicLoadBalancer {
    let o = &ev.origin;
    let p = &ev.props;
    let listeners = match sub(p, "Listeners") {
        None => Vec::new(),
        Some(l) => items(&l)
            .iter()
            .map(|b| match unknown_reason(b) {
                Some(r) => ClassicListener {
                    protocol: Value::unknown(r.clone(), b.origin.clone()),
                    port: Value::unknown(r, b.origin.clone()),
                    origin: b.origin.clone(),
                },
                None => ClassicListener {
                    protocol: super::required(
                        conv::opt_string(prop(b, "Protocol").as_ref(), &b.origin),
                        "Protocol",
                    )
                    .map(|x| x.to_ascii_uppercase()),
                    port: conv::opt_int(prop(b, "LoadBalancerPort").as_ref(), &b.origin),
                    origin: b.origin.clone(),
                },
            })
            .collect(),
    };
    let access_logs = match sub(p, "AccessLoggingPolicy") {
        None => Value::defaulted(false, o.clone()),
        Some(a) => match unknown_reason(&a) {
            Some(r) => Value::unknown(r, a.origin.clone()),
            // Required inside the policy.
            None => match prop(&a, "Enabled") {
                None => Value::unknown("AccessLoggingPolicy.Enabled is not set", a.origin.clone()),
                Some(e) => conv::bool(Some(&e), false, &a.origin),
            },
        },
    };
    ClassicLoadBalancer {
        internal: conv::string(prop(p, "Scheme").as_ref(), "internet-facing", o)
            .map(|s| s == "internal"),
        listeners,
        access_logs,
    }
}

pub(crate) fn web_acl(ev: &Evaluated) -> WebAcl {
    let o = &ev.origin;
    let p = &ev.props;
    let default_allow = match sub(p, "DefaultAction") {
        None => Value::unknown("DefaultAction is not set", o.clone()),
        Some(d) => match unknown_reason(&d) {
            Some(r) => Value::unknown(r, d.origin.clone()),
            None if prop(&d, "Allow").is_some() => Value::explicit(true, d.origin.clone()),
            None if prop(&d, "Block").is_some() => Value::explicit(false, d.origin.clone()),
            None => Value::unknown("the default action is not known", d.origin.clone()),
        },
    };
    let rule_count = match sub(p, "Rules") {
        None => Value::explicit(0, o.clone()),
        Some(r) => match unknown_reason(&r) {
            Some(why) => Value::unknown(why, r.origin.clone()),
            None => Value::explicit(items(&r).len(), r.origin.clone()),
        },
    };
    WebAcl {
        name: conv::opt_string(prop(p, "Name").as_ref(), o),
        default_allow,
        rule_count,
        // Joined with `AWS::WAFv2::LoggingConfiguration` in `join`.
        logging: Value::defaulted(false, o.clone()),
    }
}

pub(crate) fn hosted_zone(ev: &Evaluated) -> HostedZone {
    let o = &ev.origin;
    let p = &ev.props;
    let private = match sub(p, "VPCs") {
        None => Value::defaulted(false, o.clone()),
        Some(v) => match unknown_reason(&v) {
            Some(r) => Value::unknown(r, v.origin.clone()),
            None => Value::explicit(!items(&v).is_empty(), v.origin.clone()),
        },
    };
    let query_logging = match sub(p, "QueryLoggingConfig") {
        None => Value::defaulted(false, o.clone()),
        Some(q) => match unknown_reason(&q) {
            Some(r) => Value::unknown(r, q.origin.clone()),
            None => Value::explicit(true, q.origin.clone()),
        },
    };
    HostedZone {
        name: conv::opt_string(prop(p, "Name").as_ref(), o),
        private,
        query_logging,
    }
}

pub(crate) fn transfer_server(ev: &Evaluated) -> Server {
    let o = &ev.origin;
    Server {
        protocols: match sub(&ev.props, "Protocols") {
            None => Value::defaulted(vec!["SFTP".to_string()], o.clone()),
            Some(p) => conv::strings(Some(&p), o)
                .map(|l| l.into_iter().map(|s| s.to_ascii_uppercase()).collect()),
        },
    }
}

pub(crate) fn firewall(ev: &Evaluated) -> Firewall {
    let o = &ev.origin;
    let p = &ev.props;
    Firewall {
        name: conv::opt_string(prop(p, "FirewallName").as_ref(), o),
        delete_protection: conv::bool(prop(p, "DeleteProtection").as_ref(), false, o),
        // Joined with `AWS::NetworkFirewall::LoggingConfiguration` in `join`.
        logging: Value::defaulted(false, o.clone()),
    }
}

pub(crate) fn firewall_policy(ev: &Evaluated) -> FirewallPolicy {
    let o = &ev.origin;
    let p = &ev.props;
    let (full, frag) = match sub(p, "FirewallPolicy") {
        None => (
            Value::unknown("FirewallPolicy is not set", o.clone()),
            Value::unknown("FirewallPolicy is not set", o.clone()),
        ),
        Some(f) => match unknown_reason(&f) {
            Some(r) => (
                Value::unknown(r.clone(), f.origin.clone()),
                Value::unknown(r, f.origin.clone()),
            ),
            None => (
                conv::strings(prop(&f, "StatelessDefaultActions").as_ref(), &f.origin),
                conv::strings(
                    prop(&f, "StatelessFragmentDefaultActions").as_ref(),
                    &f.origin,
                ),
            ),
        },
    };
    FirewallPolicy {
        name: conv::opt_string(prop(p, "FirewallPolicyName").as_ref(), o),
        stateless_default_actions: full,
        stateless_fragment_default_actions: frag,
    }
}

/// The resource of type `ty` that `key` names with `!Ref X` or `!GetAtt X.Attr`.
fn referenced(ctx: &Ctx<'_>, ev: &Evaluated, key: &str, ty: &str) -> Option<usize> {
    let y = ctx
        .resources
        .get(&ev.id)
        .and_then(|d| d.body.get("Properties"))
        .and_then(|p| p.get(key))?;
    let name = raw::direct_ref(y).or_else(|| raw::direct_getatt(y).map(|(r, _)| r))?;
    ctx.resources
        .get(name)
        .filter(|d| d.ty.as_deref() == Some(ty))
        .and_then(|d| d.index)
}

/// Joins the logging configurations into the web ACLs and firewalls they name, and web ACL
/// associations into the load balancers they protect.
pub(crate) fn join(ctx: &mut Ctx<'_>, evs: &[Evaluated], configs: &mut [Config]) {
    for (i, ev) in evs.iter().enumerate() {
        let (key, ty, what) = match ev.ty.as_str() {
            "AWS::WAFv2::LoggingConfiguration" => (
                "ResourceArn",
                "AWS::WAFv2::WebACL",
                "the logging configuration",
            ),
            "AWS::NetworkFirewall::LoggingConfiguration" => (
                "FirewallArn",
                "AWS::NetworkFirewall::Firewall",
                "the logging configuration",
            ),
            "AWS::WAFv2::WebACLAssociation" | "AWS::WAFRegional::WebACLAssociation" => (
                "ResourceArn",
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                "the web ACL association",
            ),
            _ => continue,
        };
        let Some(t) = referenced(ctx, ev, key, ty) else {
            continue;
        };
        let Some(holds) = super::attach(ctx, evs, i, t) else {
            continue;
        };
        let on: Value<bool> = super::when_attached(&holds, what, ev, || {
            Value::explicit(true, ev.origin.clone())
        });
        match &mut configs[t] {
            Config::Wafv2WebAcl(x) => x.logging = on,
            Config::NetworkFirewall(x) => x.logging = on,
            Config::LoadBalancer(x) => x.waf_web_acl = on,
            _ => {}
        }
    }
}
