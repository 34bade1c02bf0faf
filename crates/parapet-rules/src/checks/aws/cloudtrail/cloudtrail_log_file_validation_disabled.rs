//! AWS-CLOUDTRAIL-002: a trail does not write signed digest files.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudTrail(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.log_file_validation,
            |on| !on,
            "log file validation is off: a log file deleted or altered after delivery cannot be detected",
        );
    }
}
