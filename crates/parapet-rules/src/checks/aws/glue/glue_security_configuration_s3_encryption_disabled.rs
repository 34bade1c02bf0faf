//! AWS-GLUE-003: a Glue security configuration does not encrypt data written to S3.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GlueSecurityConfiguration(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.s3_mode,
            |m| m.eq_ignore_ascii_case("DISABLED"),
            "S3 encryption is disabled: data that jobs, crawlers and development endpoints using this configuration write to S3 is not encrypted by Glue",
        );
    }
}
