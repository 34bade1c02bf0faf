//! AWS-SFN-001: a state machine does not log its executions.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SfnStateMachine(m) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &m.log_level,
            |l| l.trim().eq_ignore_ascii_case("OFF"),
            "execution logging is off: failed or unexpected executions leave no record in CloudWatch Logs",
        );
    }
}
