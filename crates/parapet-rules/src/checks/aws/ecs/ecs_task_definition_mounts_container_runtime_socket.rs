//! AWS-ECS-010: an ECS task definition mounts the Docker or containerd socket of its host.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcsTaskDefinition(x) = &ctx.resource.config else {
            return;
        };
        let volumes = match x.host_volumes.get() {
            None => {
                out.skip(
                    &x.host_volumes.origin,
                    format!(
                        "value is unknown: {}",
                        x.host_volumes.unknown_reason().unwrap_or("unresolved")
                    ),
                );
                return;
            }
            Some(v) => v,
        };
        if volumes.is_empty() {
            out.pass(&x.host_volumes.origin);
        }
        for v in volumes {
            let name = v
                .name
                .get()
                .cloned()
                .flatten()
                .unwrap_or_else(|| "?".into());
            match v.source_path.get() {
                None => out.skip(&v.source_path.origin, "the host path is not known"),
                Some(Some(p)) if crate::checks::is_container_runtime_socket(p) => out.fail(
                    &v.source_path.origin,
                    if p.ends_with(".sock") {
                        format!("volume `{name}` mounts the container runtime socket `{p}`: the task can control its host")
                    } else {
                        format!("volume `{name}` mounts `{p}`, which holds the container runtime socket: the task can control its host")
                    },
                ),
                Some(_) => out.pass(&v.source_path.origin),
            }
        }
    }
}
