//! Helpers shared by the security group rules.

use crate::{Ctx, Outcomes};
use parapet_model::aws::ec2::SecurityGroupRule;
use parapet_model::Config;

/// Whether a CIDR is the whole IPv4 or IPv6 internet.
pub fn is_world(cidr: &str) -> bool {
    matches!(cidr.trim(), "0.0.0.0/0" | "::/0" | "0.0.0.0/0.0.0.0")
}

/// Whether a rule admits every port of its protocol: all protocols, or TCP/UDP over the
/// whole port range. `None` when the protocol or ports are not known.
pub fn covers_all_ports(rule: &SecurityGroupRule) -> Option<bool> {
    let proto = rule.protocol.get()?;
    if proto == "-1" {
        return Some(true);
    }
    if !matches!(proto.as_str(), "tcp" | "udp") {
        return Some(false);
    }
    let from = rule.from_port.get()?.unwrap_or(0);
    let to = rule.to_port.get()?.unwrap_or(65535);
    Some(from == -1 || to == -1 || (from <= 0 && to >= 65535))
}

/// Reports each rule of `rules` that `covers` (`Some(Some(what))`: it admits `what`) and whose
/// sources include the whole internet: a failure at the source list. `covers` answers `None`
/// when the protocol or ports are not known (skipped) and `Some(None)` when the rule does not
/// admit what the check is about.
pub fn report_world_rules(
    rules: &[SecurityGroupRule],
    group_origin: &parapet_model::Origin,
    out: &mut Outcomes,
    covers: impl Fn(&SecurityGroupRule) -> Option<Option<String>>,
    message: impl Fn(&str, &str) -> String,
) {
    if rules.is_empty() {
        out.pass(group_origin);
    }
    for rule in rules {
        let what = match covers(rule) {
            None => {
                out.skip(&rule.origin, "the rule's protocol or ports are unknown");
                continue;
            }
            Some(None) => {
                out.pass(&rule.origin);
                continue;
            }
            Some(Some(w)) => w,
        };
        let mut unknown = false;
        let mut hit = None;
        for cidrs in [&rule.cidr_ipv4, &rule.cidr_ipv6] {
            match cidrs.get() {
                None => unknown = true,
                Some(list) => {
                    let world: Vec<&str> = list
                        .iter()
                        .filter(|c| is_world(c))
                        .map(String::as_str)
                        .collect();
                    if hit.is_none() && !world.is_empty() {
                        hit = Some((&cidrs.origin, world.join(" and ")));
                    }
                }
            }
        }
        match hit {
            Some((at, world)) => out.fail(at, message(&what, &world)),
            None if unknown => out.skip(&rule.origin, "the rule's source ranges are unknown"),
            None => out.pass(&rule.origin),
        }
    }
}

/// Whether a rule admits `proto` (`tcp` or `udp`) traffic to `port`, when its protocol and
/// ports are known.
pub fn covers_port(rule: &SecurityGroupRule, proto: &str, port: i64) -> Option<bool> {
    let p = rule.protocol.get()?;
    if p == "-1" {
        return Some(true);
    }
    if p != proto {
        return Some(false);
    }
    let from = rule.from_port.get()?.unwrap_or(0);
    let to = rule.to_port.get()?.unwrap_or(65535);
    Some(from == -1 || to == -1 || (from <= port && port <= to))
}

/// The named services of `ports` (protocol, port, name) that a rule admits, described in a
/// few words; `Some(None)` when it admits none of them or every port (AWS-EC2-007's
/// finding), `None` when its protocol or ports are unknown.
pub fn named_ports(
    rule: &SecurityGroupRule,
    ports: &[(&str, i64, &str)],
) -> Option<Option<String>> {
    if covers_all_ports(rule)? {
        return Some(None);
    }
    let mut hits: Vec<String> = Vec::new();
    for (proto, port, name) in ports {
        if covers_port(rule, proto, *port)? {
            let h = format!("{name} ({proto}/{port})");
            if !hits.contains(&h) {
                hits.push(h);
            }
        }
    }
    Some(match hits.len() {
        0 => None,
        1..=3 => Some(hits.join(", ")),
        n => Some(format!(
            "{n} such ports, including {}",
            hits[..3].join(", ")
        )),
    })
}

/// Reports each ingress rule of a security group that admits one of the named services of
/// `ports` (protocol, port, name) from the whole internet: "ingress admits <services> from
/// <sources>: <consequence>".
pub fn report_named_ports_open_to_world(
    ctx: &Ctx<'_>,
    out: &mut Outcomes,
    ports: &[(&str, i64, &str)],
    consequence: &str,
) {
    let Config::SecurityGroup(g) = &ctx.resource.config else {
        return;
    };
    report_world_rules(
        &g.ingress,
        &ctx.resource.origin,
        out,
        |r| named_ports(r, ports),
        |what, world| format!("ingress admits {what} from {world}: {consequence}"),
    );
}
