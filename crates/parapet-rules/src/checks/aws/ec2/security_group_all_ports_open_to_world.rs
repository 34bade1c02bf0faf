//! AWS-EC2-007: a security group admits every port from anywhere.

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
            &g.ingress,
            &ctx.resource.origin,
            out,
            |r| {
                let all = covers_all_ports(r)?;
                let proto = r.protocol.get()?;
                Some(all.then(|| {
                    if proto == "-1" {
                        "all traffic (every protocol and port)".to_string()
                    } else {
                        format!("every {} port", proto.to_uppercase())
                    }
                }))
            },
            |what, world| format!("ingress admits {what} from {world}"),
        );
    }
}
