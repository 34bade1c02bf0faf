//! AWS-EC2-008: a security group allows all outbound traffic to anywhere.

use super::common::{covers_all_ports, report_world_rules};
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecurityGroup(g) = &ctx.resource.config else {
            return;
        };
        report_world_rules(
            &g.egress,
            &ctx.resource.origin,
            out,
            |r| {
                let all = covers_all_ports(r)?;
                let proto = r.protocol.get()?;
                Some(all.then(|| {
                    if proto == "-1" {
                        "all traffic".to_string()
                    } else {
                        format!("every {} port", proto.to_uppercase())
                    }
                }))
            },
            |what, world| {
                format!("egress allows {what} to {world}: any process on an attached resource can reach, and send data to, any host")
            },
        );
    }
}
