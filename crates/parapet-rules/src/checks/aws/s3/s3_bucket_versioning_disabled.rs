//! AWS-S3-003: a bucket does not keep object versions.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(b) = &ctx.resource.config else {
            return;
        };
        let how = if b.versioning.is_defaulted() {
            "versioning is not enabled"
        } else {
            "versioning is suspended or disabled"
        };
        out.expect(
            &b.versioning,
            |on| !on,
            format!("{how}: an overwritten or deleted object cannot be recovered"),
        );
    }
}
