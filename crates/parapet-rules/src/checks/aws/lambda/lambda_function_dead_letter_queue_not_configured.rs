//! AWS-LAMBDA-006: a function has no dead-letter queue.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LambdaFunction(f) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &f.dead_letter_target,
            |t| t.as_deref().is_none_or(|t| t.trim().is_empty()),
            "the function has no dead-letter queue: asynchronous events that fail every retry are dropped without a trace",
        );
    }
}
