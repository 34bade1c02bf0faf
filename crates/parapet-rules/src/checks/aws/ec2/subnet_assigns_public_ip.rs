//! AWS-EC2-015: a subnet gives every instance launched in it a public IPv4 address.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2Subnet(s) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &s.map_public_ip_on_launch,
            |on| *on,
            "map_public_ip_on_launch is true: every instance launched in this subnet gets a public IPv4 address unless it asks not to",
        );
    }
}
