//! AWS-RDS-002: a DB instance is publicly accessible.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbInstance(i) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &i.publicly_accessible,
            |on| *on,
            "the instance is publicly accessible: its endpoint resolves to a public IP address reachable from the internet wherever its security groups allow",
        );
    }
}
