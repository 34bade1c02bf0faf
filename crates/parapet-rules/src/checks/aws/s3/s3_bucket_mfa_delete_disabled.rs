//! AWS-S3-009: a versioned bucket does not require MFA to delete versions.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(x) = &ctx.resource.config else {
            return;
        };
        // Without versioning there is nothing for MFA delete to protect: AWS-S3-005 reports it.
        match x.versioning.get() {
            None => out.skip(&x.versioning.origin, "whether versioning is on is not known"),
            Some(false) => out.pass(&x.versioning.origin),
            Some(true) => out.expect(
                &x.mfa_delete,
                |on| !on,
                "MFA delete is off: anyone with the right permissions can permanently delete object versions or suspend versioning without a second factor",
            ),
        }
    }
}
