//! AWS-ECR-001: a repository does not scan images on push.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcrRepository(r) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &r.scan_on_push,
            |on| !on,
            "images pushed to the repository are not scanned for vulnerabilities",
        );
    }
}
