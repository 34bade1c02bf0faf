//! AWS-CLOUDTRAIL-001: a trail records one region only.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudTrail(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.multi_region,
            |on| !on,
            "the trail records its own region only: activity in every other region, including regions nobody uses on purpose, goes unrecorded",
        );
    }
}
