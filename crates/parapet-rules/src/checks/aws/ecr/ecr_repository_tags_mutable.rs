//! AWS-ECR-002: a repository allows image tags to be overwritten.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcrRepository(r) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &r.image_tag_mutability,
            |m| m.trim().eq_ignore_ascii_case("MUTABLE"),
            "image tags are mutable: pushing an image under an existing tag silently replaces what deployments pull",
        );
    }
}
