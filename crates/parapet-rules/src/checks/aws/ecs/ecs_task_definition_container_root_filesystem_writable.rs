//! AWS-ECS-005: a container's root file system is writable.

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
                &c.read_only_root_filesystem,
                |ro| !ro,
                format!(
                    "the container `{}` can write to its root file system",
                    c.name.get().cloned().flatten().unwrap_or_default()
                ),
            );
        }
    }
}
