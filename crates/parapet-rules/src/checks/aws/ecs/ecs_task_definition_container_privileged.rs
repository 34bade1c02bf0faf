//! AWS-ECS-001: a task definition runs a privileged container.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcsTaskDefinition(t) = &ctx.resource.config else {
            return;
        };
        let Some(containers) = t.containers.get() else {
            out.expect(&t.containers, |_| false, "");
            return;
        };
        if containers.is_empty() {
            out.pass(&t.containers.origin);
        }
        for c in containers {
            out.expect(
                &c.privileged,
                |p| *p,
                format!(
                    "the container `{}` runs privileged: it has root access to the host's devices and kernel",
                    c.name.get().cloned().flatten().unwrap_or_default()
                ),
            );
        }
    }
}
