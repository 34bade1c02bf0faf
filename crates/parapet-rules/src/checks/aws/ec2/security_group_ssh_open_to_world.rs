//! AWS-EC2-001: a security group admits SSH (TCP 22) from anywhere.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

const PORT: i64 = 22;

fn is_world(cidr: &str) -> bool {
    matches!(cidr.trim(), "0.0.0.0/0" | "::/0" | "0.0.0.0/0.0.0.0")
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecurityGroup(g) = &ctx.resource.config else {
            return;
        };
        if g.ingress.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for rule in &g.ingress {
            let covers = match rule.covers_tcp_port(PORT) {
                Some(c) => c,
                None => {
                    out.skip(&rule.origin, "the rule's protocol or ports are unknown");
                    continue;
                }
            };
            if !covers {
                out.pass(&rule.origin);
                continue;
            }
            let mut unknown = false;
            let mut world = Vec::new();
            for cidrs in [&rule.cidr_ipv4, &rule.cidr_ipv6] {
                match cidrs.get() {
                    None => unknown = true,
                    Some(list) => world.extend(list.iter().filter(|c| is_world(c)).cloned()),
                }
            }
            if !world.is_empty() {
                let at = if rule
                    .cidr_ipv4
                    .get()
                    .is_some_and(|l| l.iter().any(|c| is_world(c)))
                {
                    &rule.cidr_ipv4.origin
                } else {
                    &rule.cidr_ipv6.origin
                };
                out.fail(
                    at,
                    format!(
                        "ingress admits SSH (TCP {PORT}) from {}",
                        world.join(" and ")
                    ),
                );
            } else if unknown {
                out.skip(&rule.origin, "the rule's source ranges are unknown");
            } else {
                out.pass(&rule.origin);
            }
        }
    }
}
