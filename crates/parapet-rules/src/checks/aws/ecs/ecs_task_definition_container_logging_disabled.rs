//! AWS-ECS-008: a container's output is not collected.

use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(containers) = super::containers(ctx, out) else {
            return;
        };
        for c in containers {
            out.expect(
                &c.log_configuration,
                |on| !on,
                format!(
                    "the container `{}` has no log configuration: its output is not collected anywhere",
                    c.name.get().cloned().flatten().unwrap_or_default()
                ),
            );
        }
    }
}
