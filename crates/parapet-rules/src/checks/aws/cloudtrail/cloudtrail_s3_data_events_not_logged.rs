//! AWS-CLOUDTRAIL-007: a trail does not log S3 object-level data events.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudTrail(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.s3_object_events,
            |e| !e,
            "the trail logs no S3 object-level data events: reads and writes of objects leave no audit record",
        );
    }
}
