//! AWS-S3-002: a bucket-level S3 Block Public Access setting is off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(b) = &ctx.resource.config else {
            return;
        };
        for (name, v) in b.public_access_block.all() {
            let how = if v.is_defaulted() {
                "is off because the public access block configuration omits it"
            } else {
                "is set to false"
            };
            out.expect(
                v,
                |on| !on,
                format!("Block Public Access setting `{name}` {how}"),
            );
        }
    }
}
