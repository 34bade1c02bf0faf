//! AWS-EMR-002: the account's EMR block public access configuration is turned off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EmrBlockPublicAccess(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.block_public_security_group_rules,
            |on| !on,
            "EMR block public access is off: clusters in this region may start with security groups open to the internet",
        );
    }
}
