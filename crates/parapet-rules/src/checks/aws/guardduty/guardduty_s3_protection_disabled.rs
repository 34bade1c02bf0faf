//! AWS-GUARDDUTY-002: S3 Protection is turned off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GuardDutyDetector(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.s3_protection,
            |on| *on == Some(false),
            "S3 Protection is turned off: GuardDuty does not analyse S3 data events for suspicious access to objects",
        );
    }
}
