//! AWS-ECS-009: an ECS service assigns public IP addresses to its tasks.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcsService(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.assign_public_ip,
            |on| *on,
            "the service's tasks get public IP addresses and can be reached directly from the internet",
        );
    }
}
