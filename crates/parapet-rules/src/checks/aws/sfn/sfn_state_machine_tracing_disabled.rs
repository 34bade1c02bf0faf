//! AWS-SFN-002: a state machine does not trace its executions with X-Ray.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SfnStateMachine(m) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &m.tracing,
            |t| !t,
            "X-Ray tracing is off: executions cannot be followed across the services they call",
        );
    }
}
