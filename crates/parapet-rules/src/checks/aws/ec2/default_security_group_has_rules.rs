//! AWS-EC2-010: the VPC's default security group has rules.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DefaultSecurityGroup(g) = &ctx.resource.config else {
            return;
        };
        if g.ingress.is_empty() && g.egress.is_empty() {
            out.pass(&ctx.resource.origin);
            return;
        }
        for (dir, rules) in [("inbound", &g.ingress), ("outbound", &g.egress)] {
            for r in rules {
                if let Some(why) = r.protocol.unknown_reason() {
                    out.skip(&r.origin, format!("value is unknown: {why}"));
                } else {
                    out.fail(
                        &r.origin,
                        format!("the default security group allows {dir} traffic: resources launched without a group get this access"),
                    );
                }
            }
        }
    }
}
