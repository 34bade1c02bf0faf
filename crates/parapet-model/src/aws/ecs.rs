//! `aws::ecs::TaskDefinition` (`aws_ecs_task_definition`, `AWS::ECS::TaskDefinition`).

use crate::span::Origin;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TaskDefinition {
    pub family: Value<Option<String>>,
    /// `bridge` (the default on EC2 for Linux), `host`, `awsvpc` or `none`.
    pub network_mode: Value<String>,
    /// `pid_mode` / `PidMode`: `host` or `task`; `None` when not written (each container has
    /// its own PID namespace).
    pub pid_mode: Value<Option<String>>,
    /// `ipc_mode` / `IpcMode`: `host`, `task` or `none`; `None` when not written (a private
    /// IPC namespace per container).
    pub ipc_mode: Value<Option<String>>,
    /// The container definitions; unknown as a whole when the list (or the JSON of
    /// `container_definitions`) cannot be resolved.
    pub containers: Value<Vec<Container>>,
    /// The task's bind-mount volumes from the host (`volume { host_path }`,
    /// `Volumes[].Host.SourcePath`); Docker, EFS and FSx volumes are not listed. Unknown as a
    /// whole when the volume list cannot be resolved.
    pub host_volumes: Value<Vec<HostVolume>>,
}

/// A task volume bound to a path of the container instance.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HostVolume {
    pub name: Value<Option<String>>,
    /// The host path (`host_path`, `Host.SourcePath`).
    pub source_path: Value<Option<String>>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Container {
    pub name: Value<Option<String>>,
    /// `privileged`; false unless written.
    pub privileged: Value<bool>,
    /// `user`: `None` when not written (the image's `USER` applies).
    pub user: Value<Option<String>>,
    /// Linux capabilities added to the default set (`linuxParameters.capabilities.add`).
    pub added_capabilities: Value<Vec<String>>,
    /// Whether a `logConfiguration` is written (without one, the container's output is not
    /// collected).
    pub log_configuration: Value<bool>,
    /// `readonlyRootFilesystem`; false unless written.
    pub read_only_root_filesystem: Value<bool>,
    /// Plain `environment` entries (not `secrets`).
    pub environment: Value<Vec<crate::aws::lambda::EnvVar>>,
    pub origin: Origin,
}

/// Whether a container `user` (`name`, `uid`, `uid:gid`, `name:group`) is root.
pub fn is_root_user(user: &str) -> bool {
    let u = user.trim();
    let who = u.split(':').next().unwrap_or(u).trim();
    who == "root" || who == "0"
}

/// The containers of a resolved container definition list: Terraform's JSON uses camelCase
/// keys (`privileged`, `environment: [{name, value}]`), CloudFormation PascalCase.
pub fn containers(
    n: Option<&crate::Node>,
    fallback: &Origin,
    pascal: bool,
) -> Value<Vec<Container>> {
    use crate::value::{conv, Dyn};
    let key = |k: &str| -> String {
        if pascal {
            let mut c = k.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        } else {
            k.to_string()
        }
    };
    let Some(n) = n else {
        return Value::defaulted(Vec::new(), fallback.clone());
    };
    let items = match &n.v {
        Dyn::Null => return Value::defaulted(Vec::new(), n.origin.clone()),
        Dyn::List(l) => l,
        Dyn::Unknown(u) => return Value::unknown(u.reason.clone(), n.origin.clone()),
        other => {
            return Value::unknown(
                format!(
                    "expected a list of containers, found {}",
                    conv::type_name(other)
                ),
                n.origin.clone(),
            )
        }
    };
    let mut out = Vec::new();
    for c in items {
        match &c.v {
            Dyn::Map(_) => {}
            Dyn::Unknown(u) => return Value::unknown(u.reason.clone(), c.origin.clone()),
            _ => continue,
        }
        let o = &c.origin;
        let environment = match c.get(&key("environment")) {
            None => Value::defaulted(Vec::new(), o.clone()),
            Some(e) => match &e.v {
                Dyn::Null => Value::defaulted(Vec::new(), e.origin.clone()),
                Dyn::Unknown(u) => Value::unknown(u.reason.clone(), e.origin.clone()),
                Dyn::List(vars) => {
                    let mut list = Vec::new();
                    let mut unknown = None;
                    for v in vars {
                        match v.get(&key("name")).and_then(|x| x.as_str()) {
                            Some(name) => list.push(crate::aws::lambda::EnvVar {
                                name: name.to_string(),
                                value: conv::opt_string(v.get(&key("value")), &v.origin),
                            }),
                            None if v.is_unknown() || v.get(&key("name")).is_some() => {
                                unknown = Some(v.origin.clone());
                            }
                            None => {}
                        }
                    }
                    match unknown {
                        Some(uo) => Value::unknown("an environment entry is not known", uo),
                        None => Value::explicit(list, e.origin.clone()),
                    }
                }
                other => Value::unknown(
                    format!(
                        "expected a list of variables, found {}",
                        conv::type_name(other)
                    ),
                    e.origin.clone(),
                ),
            },
        };
        out.push(Container {
            name: conv::opt_string(c.get(&key("name")), o),
            privileged: conv::bool(c.get(&key("privileged")), false, o),
            user: conv::opt_string(c.get(&key("user")), o),
            added_capabilities: match c.get(&key("linuxParameters")) {
                None => Value::defaulted(Vec::new(), o.clone()),
                Some(lp) if lp.is_unknown() => conv::strings(Some(lp), o),
                Some(lp) => match lp.get(&key("capabilities")) {
                    None => Value::defaulted(Vec::new(), lp.origin.clone()),
                    Some(cap) if cap.is_unknown() => conv::strings(Some(cap), &lp.origin),
                    Some(cap) => conv::strings(cap.get(&key("add")), &cap.origin),
                },
            },
            log_configuration: match c.get(&key("logConfiguration")) {
                None => Value::defaulted(false, o.clone()),
                Some(l) => match &l.v {
                    Dyn::Null => Value::defaulted(false, l.origin.clone()),
                    Dyn::Unknown(u) => Value::unknown(u.reason.clone(), l.origin.clone()),
                    _ => Value::explicit(true, l.origin.clone()),
                },
            },
            read_only_root_filesystem: conv::bool(c.get(&key("readonlyRootFilesystem")), false, o),
            environment,
            origin: o.clone(),
        });
    }
    Value::explicit(out, n.origin.clone())
}

/// Capabilities that amount to control of the host or its network when added to a container.
pub const DANGEROUS_CAPABILITIES: &[&str] = &[
    "ALL",
    "SYS_ADMIN",
    "SYS_MODULE",
    "SYS_PTRACE",
    "SYS_RAWIO",
    "NET_ADMIN",
    "DAC_READ_SEARCH",
    "BPF",
    "PERFMON",
];

/// A service (`aws_ecs_service`, `AWS::ECS::Service`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Service {
    pub name: Value<Option<String>>,
    /// Whether the tasks' network interfaces get public IP addresses (`awsvpc` mode:
    /// `network_configuration.assign_public_ip`,
    /// `NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp`); off unless written.
    pub assign_public_ip: Value<bool>,
}
