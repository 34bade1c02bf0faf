//! AWS-CLOUDTRAIL-006: a trail excludes the events of global services such as IAM.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudTrail(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.global_service_events,
            |g| !g,
            "the trail excludes global service events: IAM, STS and other global API calls are not recorded",
        );
    }
}
