pub mod ecs_service_assigns_public_ip;
pub mod ecs_task_definition_container_adds_dangerous_capabilities;
pub mod ecs_task_definition_container_logging_disabled;
pub mod ecs_task_definition_container_privileged;
pub mod ecs_task_definition_container_root_filesystem_writable;
pub mod ecs_task_definition_container_runs_as_root;
pub mod ecs_task_definition_environment_contains_secrets;
pub mod ecs_task_definition_mounts_container_runtime_socket;
pub mod ecs_task_definition_shares_host_pid_or_ipc;
pub mod ecs_task_definition_uses_host_network;

use crate::{Ctx, Outcomes};
use parapet_model::aws::ecs::Container;
use parapet_model::Config;

/// The containers of a task definition, for the rules that judge each one: `None` (and a
/// skip) when they are not known or the resource is not a task definition; a task
/// definition without containers passes.
pub(crate) fn containers<'a>(ctx: &Ctx<'a>, out: &mut Outcomes) -> Option<&'a [Container]> {
    let Config::EcsTaskDefinition(t) = &ctx.resource.config else {
        return None;
    };
    let Some(containers) = t.containers.get() else {
        out.expect(&t.containers, |_| false, "");
        return None;
    };
    if containers.is_empty() {
        out.pass(&t.containers.origin);
    }
    Some(containers)
}
