//! AWS-ECS-003: a task definition uses the host's network namespace.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcsTaskDefinition(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.network_mode,
            |m| m.trim().eq_ignore_ascii_case("host"),
            "the task uses the `host` network mode: its containers share the instance's network stack, ports and interfaces",
        );
    }
}
