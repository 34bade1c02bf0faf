//! AWS-EC2-005: a security group admits RDP (TCP 3389) from anywhere.

use super::common::report_world_rules;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

const PORT: i64 = 3389;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecurityGroup(g) = &ctx.resource.config else {
            return;
        };
        report_world_rules(
            &g.ingress,
            &ctx.resource.origin,
            out,
            |r| {
                r.covers_tcp_port(PORT)
                    .map(|c| c.then(|| format!("RDP (TCP {PORT})")))
            },
            |what, world| format!("ingress admits {what} from {world}"),
        );
    }
}
