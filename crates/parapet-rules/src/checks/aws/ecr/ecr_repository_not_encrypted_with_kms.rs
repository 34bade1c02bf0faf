//! AWS-ECR-004: a repository is encrypted with keys owned by ECR rather than KMS.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcrRepository(r) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &r.encryption_type,
            |t| t.trim().eq_ignore_ascii_case("AES256"),
            "the repository is encrypted with keys owned by ECR (AES256): no key policy of the account governs who can read the images",
        );
    }
}
