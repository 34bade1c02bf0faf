//! AWS-GLUE-006: a Glue connection's password is written in the configuration.

use crate::checks::aws::secrets::is_reference_or_empty;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GlueConnection(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.password,
            |p| p.as_deref().is_some_and(|s| !is_reference_or_empty(s)),
            "the connection's password is written in the configuration: it sits in the repository, and in the plan, the state or the template; use `SECRET_ID` to take it from Secrets Manager",
        );
    }
}
