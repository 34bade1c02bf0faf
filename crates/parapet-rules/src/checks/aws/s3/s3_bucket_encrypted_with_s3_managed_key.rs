//! AWS-S3-010: a bucket's default encryption uses S3 managed keys (SSE-S3) rather than KMS.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(x) = &ctx.resource.config else {
            return;
        };
        match x.encryption.get() {
            None => out.skip(
                &x.encryption.origin,
                "the bucket's default encryption is not known",
            ),
            // No declared encryption is AWS-S3-001's finding.
            Some(None) => out.pass(&x.encryption.origin),
            Some(Some(e)) => out.expect(
                &e.algorithm,
                |a| a.eq_ignore_ascii_case("AES256"),
                "default encryption uses S3 managed keys (SSE-S3): no key policy restricts who can decrypt the objects, and key use is not logged in CloudTrail",
            ),
        }
    }
}
