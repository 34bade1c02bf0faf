//! AWS-S3-008: the account-level S3 Block Public Access leaves a setting off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3AccountPublicAccessBlock(b) = &ctx.resource.config else {
            return;
        };
        for (name, v) in [
            ("block_public_acls", &b.block_public_acls),
            ("block_public_policy", &b.block_public_policy),
            ("ignore_public_acls", &b.ignore_public_acls),
            ("restrict_public_buckets", &b.restrict_public_buckets),
        ] {
            out.expect(
                v,
                |on| !on,
                format!("the account-level Block Public Access setting `{name}` is off: a bucket made public by mistake is not stopped"),
            );
        }
    }
}
