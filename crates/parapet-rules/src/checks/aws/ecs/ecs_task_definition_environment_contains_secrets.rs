//! AWS-ECS-004: a container definition holds a secret in a plain environment variable.

use crate::checks::aws::secrets::{is_reference_or_empty, secret_like_name};
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
        let mut checked = false;
        for c in containers {
            let Some(vars) = c.environment.get() else {
                out.expect(&c.environment, |_| false, "");
                checked = true;
                continue;
            };
            for var in vars.iter().filter(|v| secret_like_name(&v.name)) {
                checked = true;
                out.expect(
                    &var.value,
                    |v| v.as_deref().is_some_and(|s| !is_reference_or_empty(s)),
                    format!(
                        "the container `{}` has the secret `{}` in a plain environment variable: it is readable by anyone who can describe the task definition",
                        c.name.get().cloned().flatten().unwrap_or_default(),
                        var.name
                    ),
                );
            }
        }
        if !checked {
            out.pass(&t.containers.origin);
        }
    }
}
