//! AWS-S3-011: a bucket keeps ACLs enabled (Object Ownership is not BucketOwnerEnforced).

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.object_ownership,
            |o| !o.eq_ignore_ascii_case("BucketOwnerEnforced"),
            "ACLs are enabled on the bucket: object and bucket ACLs keep granting access alongside the bucket policy, objects uploaded by other accounts may stay owned by them, and access can no longer be reviewed from policies alone",
        );
    }
}
