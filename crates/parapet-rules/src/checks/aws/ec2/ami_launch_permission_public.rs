//! AWS-EC2-018: an AMI launch permission makes the image public.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::AmiLaunchPermission(p) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &p.group,
            |g| g.as_deref().is_some_and(|g| g.eq_ignore_ascii_case("all")),
            "the launch permission grants the group `all`: every AWS account can launch this AMI and read whatever its snapshots hold",
        );
    }
}
