//! AWS-GLUE-004: a Glue security configuration does not encrypt CloudWatch logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GlueSecurityConfiguration(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.cloudwatch_mode,
            |m| m.eq_ignore_ascii_case("DISABLED"),
            "CloudWatch encryption is disabled: logs of jobs using this configuration, which may echo data and connection details, are not encrypted with KMS",
        );
    }
}
