//! AWS-GUARDDUTY-001: a GuardDuty detector is disabled.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GuardDutyDetector(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.enabled,
            |on| !on,
            "the detector is disabled: GuardDuty analyses no CloudTrail, VPC flow or DNS events in this region",
        );
    }
}
