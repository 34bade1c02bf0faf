//! AWS-ECS-005: a container's root file system is writable.

use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(containers) = super::containers(ctx, out) else {
            return;
        };
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
