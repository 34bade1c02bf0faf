//! AWS-CLOUDTRAIL-004: a trail is declared with logging turned off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudTrail(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.logging,
            |on| !on,
            "the trail exists but does not record: logging is turned off",
        );
    }
}
