//! AWS-ECS-006: a task definition shares the host's PID or IPC namespace.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcsTaskDefinition(t) = &ctx.resource.config else {
            return;
        };
        for (what, v) in [("PID", &t.pid_mode), ("IPC", &t.ipc_mode)] {
            out.expect(
                v,
                |m| m.as_deref().is_some_and(|m| m.trim().eq_ignore_ascii_case("host")),
                format!("the task shares the host's {what} namespace: its containers can see and interfere with the host's processes"),
            );
        }
    }
}
