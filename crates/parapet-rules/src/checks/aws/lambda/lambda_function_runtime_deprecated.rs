//! AWS-LAMBDA-001: a function runs on a deprecated runtime.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::lambda::DEPRECATED_RUNTIMES;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LambdaFunction(f) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &f.runtime,
            |r| {
                r.as_deref()
                    .is_some_and(|r| DEPRECATED_RUNTIMES.contains(&r.trim()))
            },
            format!(
                "the runtime `{}` is deprecated: it no longer receives security patches",
                f.runtime.get().cloned().flatten().unwrap_or_default()
            ),
        );
    }
}
