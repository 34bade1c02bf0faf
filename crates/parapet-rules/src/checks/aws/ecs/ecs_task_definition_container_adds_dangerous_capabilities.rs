//! AWS-ECS-007: a container adds Linux capabilities that give control of the host.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::ecs::DANGEROUS_CAPABILITIES;

pub struct Rule;

fn dangerous(caps: &[String]) -> Vec<String> {
    caps.iter()
        .map(|c| c.trim().to_ascii_uppercase())
        .map(|c| c.strip_prefix("CAP_").map(str::to_string).unwrap_or(c))
        .filter(|c| DANGEROUS_CAPABILITIES.contains(&c.as_str()))
        .collect()
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(containers) = super::containers(ctx, out) else {
            return;
        };
        for c in containers {
            let found = c
                .added_capabilities
                .get()
                .map(|caps| dangerous(caps))
                .unwrap_or_default();
            out.expect(
                &c.added_capabilities,
                |_| !found.is_empty(),
                format!(
                    "the container `{}` adds {}: enough to take over the host or its network",
                    c.name.get().cloned().flatten().unwrap_or_default(),
                    found.join(", ")
                ),
            );
        }
    }
}
