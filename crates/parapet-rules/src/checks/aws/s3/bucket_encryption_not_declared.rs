//! AWS-S3-001: the bucket declares no default server-side encryption.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(b) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &b.encryption,
            |e| e.is_none(),
            "the bucket declares no default server-side encryption; AWS applies SSE-S3 with an AWS-owned key that no key policy governs",
        );
    }
}
