//! AWS-S3-004: a bucket does not record server access logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

/// Whether a canned ACL marks the bucket as a log-delivery target.
fn is_log_target(acl: &str) -> bool {
    acl.replace('-', "")
        .eq_ignore_ascii_case("logdeliverywrite")
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(b) = &ctx.resource.config else {
            return;
        };
        // A bucket that receives access logs does not log into itself.
        if let Some(Some(acl)) = b.acl.get() {
            if is_log_target(acl) {
                out.pass(&b.acl.origin);
                return;
            }
        }
        out.expect(
            &b.logging,
            |on| !on,
            "server access logging is not configured: requests to the bucket leave no record outside CloudTrail's management events",
        );
    }
}
