//! AWS-EVENTBRIDGE-001: an event bus policy allows any principal, without a condition.

use crate::checks::aws::resource_policy::check_open_to_anyone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EventBridgeBusPolicy(b) = &ctx.resource.config else {
            return;
        };
        check_open_to_anyone(&b.policy, "event bus policy", out);
    }
}
