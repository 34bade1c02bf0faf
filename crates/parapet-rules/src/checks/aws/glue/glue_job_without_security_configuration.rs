//! AWS-GLUE-007: a Glue job runs without a security configuration.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GlueJob(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.security_configuration,
            |c| c.as_deref().is_none_or(|c| c.trim().is_empty()),
            "the job runs without a security configuration: Glue does not encrypt the data it writes to S3, its CloudWatch logs or its job bookmarks",
        );
    }
}
