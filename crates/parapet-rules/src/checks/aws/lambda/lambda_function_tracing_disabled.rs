//! AWS-LAMBDA-005: a function does not send traces to X-Ray.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LambdaFunction(f) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &f.tracing_mode,
            |m| !m.eq_ignore_ascii_case("Active"),
            format!(
                "X-Ray tracing mode is `{}`: the function's invocations are not traced",
                f.tracing_mode.get().cloned().unwrap_or_default()
            ),
        );
    }
}
