//! AWS-ECS-001: a task definition runs a privileged container.

use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(containers) = super::containers(ctx, out) else {
            return;
        };
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
