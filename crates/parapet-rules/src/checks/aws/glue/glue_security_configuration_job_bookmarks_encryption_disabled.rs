//! AWS-GLUE-005: a Glue security configuration does not encrypt job bookmarks.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GlueSecurityConfiguration(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.job_bookmarks_mode,
            |m| m.eq_ignore_ascii_case("DISABLED"),
            "job bookmark encryption is disabled: the bookmarks, which record what data each job has processed, are stored unencrypted",
        );
    }
}
