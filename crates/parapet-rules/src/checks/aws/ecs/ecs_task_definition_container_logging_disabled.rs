//! AWS-ECS-008: a container's output is not collected.

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
