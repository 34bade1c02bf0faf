//! AWS-LAMBDA-003: a function URL requires no authentication.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LambdaFunctionUrl(u) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &u.auth_type,
            |t| t.eq_ignore_ascii_case("NONE"),
            "the function URL's auth type is NONE: anyone on the internet can invoke the function over HTTPS, unauthenticated",
        );
    }
}
