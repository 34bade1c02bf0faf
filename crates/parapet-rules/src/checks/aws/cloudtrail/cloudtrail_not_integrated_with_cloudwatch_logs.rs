//! AWS-CLOUDTRAIL-005: a trail does not deliver its events to CloudWatch Logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudTrail(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.cloudwatch_logs_group,
            |g| g.as_deref().is_none_or(|g| g.trim().is_empty()),
            "the trail does not deliver to CloudWatch Logs: no metric filter or alarm can react to its events as they happen",
        );
    }
}
