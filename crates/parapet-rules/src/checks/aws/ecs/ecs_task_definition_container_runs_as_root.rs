//! AWS-ECS-002: a task definition runs a container as root.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::ecs::is_root_user;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(containers) = super::containers(ctx, out) else {
            return;
        };
        for c in containers {
            match c.user.get() {
                // Not written: the image's USER applies, which the configuration does not show.
                Some(None) if c.user.is_defaulted() => out.skip(
                    &c.user.origin,
                    "no user is written: the image's USER decides, which is not known here",
                ),
                _ => out.expect(
                    &c.user,
                    |u| u.as_deref().is_some_and(is_root_user),
                    format!(
                        "the container `{}` runs as root (`user` is `{}`)",
                        c.name.get().cloned().flatten().unwrap_or_default(),
                        c.user.get().cloned().flatten().unwrap_or_default()
                    ),
                ),
            }
        }
    }
}
