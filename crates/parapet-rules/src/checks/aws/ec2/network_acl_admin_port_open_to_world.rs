//! AWS-EC2-014: a network ACL entry allows SSH or RDP in from anywhere.

use super::common::is_world;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2NetworkAcl(acl) = &ctx.resource.config else {
            return;
        };
        if acl.entries.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for e in &acl.entries {
            let (Some(egress), Some(action)) = (e.egress.get(), e.action.get()) else {
                out.skip(&e.origin, "the entry's direction or action is not known");
                continue;
            };
            if *egress || action != "allow" {
                out.pass(&e.origin);
                continue;
            }
            // A TCP range from 1024 (or above) to 65535 admits the return traffic that a
            // stateless ACL must let in; it names no administration port.
            let ephemeral = e.protocol.get().is_some_and(|p| p == "tcp")
                && matches!(
                    (e.from_port.get(), e.to_port.get()),
                    (Some(Some(f)), Some(Some(t))) if *f >= 1024 && *f != 3389 && *t >= 65535
                );
            let ports: Option<Vec<&str>> = [(22, "SSH (22)"), (3389, "RDP (3389)")]
                .iter()
                .map(|(p, name)| {
                    e.covers_tcp_port(*p)
                        .map(|c| (c && !ephemeral).then_some(*name))
                })
                .collect::<Option<Vec<_>>>()
                .map(|v| v.into_iter().flatten().collect());
            let Some(ports) = ports else {
                out.skip(&e.origin, "the entry's protocol or ports are not known");
                continue;
            };
            if ports.is_empty() {
                out.pass(&e.origin);
                continue;
            }
            match e.cidrs.get() {
                None => out.skip(&e.cidrs.origin, "the entry's source range is not known"),
                Some(list) => match list.iter().find(|c| is_world(c)) {
                    Some(w) => out.fail(
                        &e.cidrs.origin,
                        format!(
                            "the network ACL allows {} in from {w}: remote administration ports are open to the internet at the subnet boundary",
                            ports.join(" and ")
                        ),
                    ),
                    None => out.pass(&e.cidrs.origin),
                },
            }
        }
    }
}
