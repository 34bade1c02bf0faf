//! Kubernetes provider workloads (`kubernetes_deployment`, `kubernetes_pod`,
//! `kubernetes_daemonset`, `kubernetes_stateful_set`, `kubernetes_job`, `kubernetes_cron_job`,
//! their `_v1` forms) → the same [`Workload`] the YAML manifests fill.
//!
//! The provider's snake_case blocks map to the Kubernetes fields (`security_context {
//! run_as_non_root = true }` is `securityContext.runAsNonRoot`, repeated `container` blocks are
//! `containers`). Defaults, the inheritance of the pod security context into containers and the
//! provenance follow the YAML frontend: a written value is explicit at its attribute, an absent
//! one is defaulted at the nearest enclosing block (or the resource header), an unresolved one
//! is unknown. One default differs because the provider sends it:
//! `automount_service_account_token` is `true` when not written.
//!
//! Nested blocks may come as a list of blocks (HCL, plan and state JSON) or as one object
//! (`.tf.json` without a schema); both are read.

use parapet_model::k8s::{
    annotation_profile, first_set, inherit, Container, ContainerGroup, ContainerPort, EnvFrom,
    EnvSource, EnvVar, Image, KeyRef, Meta, PodSecurityContext, PodSpec, ProjectedSource,
    ResourceList, Resources, SeLinuxOptions, SeccompProfile, SecurityContext, StrMap, Sysctl,
    Volume, VolumeMount, VolumeSource, Workload, WorkloadKind,
};
use parapet_model::{conv, Dyn, Node, Origin, State, Value};

/// The workload kind and API version of a Kubernetes provider resource type.
pub fn workload_kind(rtype: &str) -> Option<(WorkloadKind, &'static str)> {
    Some(match rtype {
        "kubernetes_deployment" | "kubernetes_deployment_v1" => {
            (WorkloadKind::Deployment, "apps/v1")
        }
        "kubernetes_pod" | "kubernetes_pod_v1" => (WorkloadKind::Pod, "v1"),
        "kubernetes_daemonset" | "kubernetes_daemon_set_v1" => (WorkloadKind::DaemonSet, "apps/v1"),
        "kubernetes_stateful_set" | "kubernetes_stateful_set_v1" => {
            (WorkloadKind::StatefulSet, "apps/v1")
        }
        "kubernetes_job" | "kubernetes_job_v1" => (WorkloadKind::Job, "batch/v1"),
        "kubernetes_cron_job" => (WorkloadKind::CronJob, "batch/v1beta1"),
        "kubernetes_cron_job_v1" => (WorkloadKind::CronJob, "batch/v1"),
        "kubernetes_replication_controller" | "kubernetes_replication_controller_v1" => {
            (WorkloadKind::ReplicationController, "v1")
        }
        _ => return None,
    })
}

/// An object (block) expected at some place: present, absent (its origin is where a missing
/// field points), or unreadable (everything read from it is unknown, with the reason).
#[derive(Clone, Debug)]
struct Obj<'a> {
    node: Option<&'a Node>,
    origin: Origin,
    bad: Option<String>,
}

fn unknown_as<T, U>(v: &Value<T>) -> Value<U> {
    Value::unknown(v.unknown_reason().unwrap_or_default(), v.origin.clone())
}

/// Written: not null and not an empty list (plan and state JSON list every absent block as
/// `[]`).
fn written(n: &Node) -> bool {
    match &n.v {
        Dyn::Null => false,
        Dyn::List(l) => !l.is_empty(),
        _ => true,
    }
}

impl<'a> Obj<'a> {
    fn from_node(n: &'a Node) -> Obj<'a> {
        match &n.v {
            Dyn::Map(_) => Obj {
                node: Some(n),
                origin: n.origin.clone(),
                bad: None,
            },
            Dyn::Unknown(u) => Obj {
                node: None,
                origin: n.origin.clone(),
                bad: Some(u.reason.clone()),
            },
            other => Obj {
                node: None,
                origin: n.origin.clone(),
                bad: Some(format!(
                    "expected a block, found {}",
                    conv::type_name(other)
                )),
            },
        }
    }

    fn absent(&self) -> Obj<'a> {
        Obj {
            node: None,
            origin: self.origin.clone(),
            bad: self.bad.clone(),
        }
    }

    fn get(&self, key: &str) -> Option<&'a Node> {
        self.node.and_then(|n| n.get(key)).filter(|n| written(n))
    }

    fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// A nested block (the first of a list of blocks, or an object).
    fn child(&self, key: &str) -> Obj<'a> {
        if self.bad.is_some() {
            return self.absent();
        }
        match self.get(key) {
            None => self.absent(),
            Some(n) => match &n.v {
                Dyn::List(l) => l
                    .first()
                    .map(Obj::from_node)
                    .unwrap_or_else(|| self.absent()),
                _ => Obj::from_node(n),
            },
        }
    }

    /// Repeated nested blocks. Unknown ones are one element whose fields are all unknown.
    fn items(&self, key: &str) -> Vec<Obj<'a>> {
        if self.bad.is_some() {
            return vec![self.absent()];
        }
        match self.get(key) {
            None => Vec::new(),
            Some(n) => match &n.v {
                Dyn::List(l) => l
                    .iter()
                    .filter(|x| !x.is_null())
                    .map(Obj::from_node)
                    .collect(),
                _ => vec![Obj::from_node(n)],
            },
        }
    }

    fn attr(&self, key: &str) -> Result<Option<&'a Node>, Value<()>> {
        match &self.bad {
            Some(r) => Err(Value::unknown(r.clone(), self.origin.clone())),
            None => Ok(self.node.and_then(|n| n.get(key))),
        }
    }

    fn opt_bool(&self, key: &str) -> Value<Option<bool>> {
        match self.attr(key) {
            Err(u) => unknown_as(&u),
            Ok(None) => Value::defaulted(None, self.origin.clone()),
            Ok(Some(n)) if n.is_null() => Value::defaulted(None, n.origin.clone()),
            Ok(Some(n)) => conv::bool(Some(n), false, &self.origin).map(Some),
        }
    }

    fn bool(&self, key: &str, default: bool) -> Value<bool> {
        self.opt_bool(key).map(|b| b.unwrap_or(default))
    }

    fn opt_int(&self, key: &str) -> Value<Option<i64>> {
        match self.attr(key) {
            Err(u) => unknown_as(&u),
            // Plan and state JSON write unset numeric fields typed as strings as `""`.
            Ok(Some(n)) if n.as_str() == Some("") => Value::defaulted(None, n.origin.clone()),
            Ok(n) => conv::opt_int(n, &self.origin),
        }
    }

    fn opt_string(&self, key: &str) -> Value<Option<String>> {
        match self.attr(key) {
            Err(u) => unknown_as(&u),
            Ok(n) => conv::opt_string(n, &self.origin),
        }
    }

    /// An optional string where `""` means not set (as plan and state JSON write unset
    /// strings).
    fn opt_string_set(&self, key: &str) -> Value<Option<String>> {
        let v = self.opt_string(key);
        match &v.state {
            State::Explicit(Some(s)) if s.is_empty() => Value::defaulted(None, v.origin),
            _ => v,
        }
    }

    fn string(&self, key: &str, default: &str) -> Value<String> {
        self.opt_string(key)
            .map(|s| s.unwrap_or_else(|| default.to_string()))
    }

    /// A required string: unknown when not written.
    fn req_string(&self, key: &str) -> Value<String> {
        let v = self.opt_string(key);
        match v.get() {
            Some(Some(s)) if v.is_explicit() => Value::explicit(s.clone(), v.origin),
            Some(_) => Value::unknown(format!("`{key}` is not set"), v.origin),
            None => unknown_as(&v),
        }
    }

    fn strings(&self, key: &str) -> Value<Vec<String>> {
        match self.attr(key) {
            Err(u) => unknown_as(&u),
            Ok(n) => conv::strings(n, &self.origin),
        }
    }

    fn ints(&self, key: &str) -> Value<Vec<i64>> {
        let n = match self.attr(key) {
            Err(u) => return unknown_as(&u),
            Ok(None) => return Value::defaulted(Vec::new(), self.origin.clone()),
            Ok(Some(n)) => n,
        };
        match &n.v {
            Dyn::Null => Value::defaulted(Vec::new(), n.origin.clone()),
            Dyn::List(items) => {
                let mut out = Vec::new();
                for i in items {
                    match conv::opt_int(Some(i), &n.origin).state {
                        State::Explicit(Some(x)) => out.push(x),
                        State::Unknown(r) => return Value::unknown(r, i.origin.clone()),
                        _ => {}
                    }
                }
                Value::explicit(out, n.origin.clone())
            }
            _ => conv::opt_int(Some(n), &self.origin).map(|x| x.into_iter().collect()),
        }
    }

    /// A map of strings (labels, annotations) with a provenance per entry.
    fn str_map(&self, key: &str) -> Value<StrMap> {
        let n = match self.attr(key) {
            Err(u) => return unknown_as(&u),
            Ok(None) => return Value::defaulted(StrMap::new(), self.origin.clone()),
            Ok(Some(n)) => n,
        };
        match &n.v {
            Dyn::Null => Value::defaulted(StrMap::new(), n.origin.clone()),
            Dyn::Map(m) => {
                let mut out = StrMap::new();
                for (k, v) in m {
                    let val = match conv::opt_string(Some(v), &n.origin).state {
                        State::Explicit(Some(s)) => Value::explicit(s, v.origin.clone()),
                        State::Unknown(r) => Value::unknown(r, v.origin.clone()),
                        _ => Value::explicit(String::new(), v.origin.clone()),
                    };
                    out.insert(k.clone(), val);
                }
                Value::explicit(out, n.origin.clone())
            }
            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), n.origin.clone()),
            other => Value::unknown(
                format!("`{key}`: expected a map, found {}", conv::type_name(other)),
                n.origin.clone(),
            ),
        }
    }

    /// A presence flag: explicit `true` at the block when written, defaulted `false` here.
    fn present(&self, key: &str) -> Value<bool> {
        if let Some(r) = &self.bad {
            return Value::unknown(r.clone(), self.origin.clone());
        }
        match self.get(key) {
            Some(n) => match &n.v {
                Dyn::Unknown(u) => Value::unknown(u.reason.clone(), n.origin.clone()),
                _ => Value::explicit(true, n.origin.clone()),
            },
            None => Value::defaulted(false, self.origin.clone()),
        }
    }
}

/// The workload of a Kubernetes provider resource.
pub fn workload(node: &Node, header: &Origin, kind: WorkloadKind, api_version: &str) -> Workload {
    let top = Obj {
        node: Some(node).filter(|n| matches!(n.v, Dyn::Map(_))),
        origin: header.clone(),
        bad: None,
    };
    let meta = meta(&top, api_version, kind.as_str());
    let spec = top.child("spec");
    let (pod_meta, pod_spec) = match kind {
        WorkloadKind::Pod => (top.child("metadata"), spec.clone()),
        WorkloadKind::CronJob => {
            let t = spec.child("job_template").child("spec").child("template");
            (t.child("metadata"), t.child("spec"))
        }
        _ => {
            let t = spec.child("template");
            (t.child("metadata"), t.child("spec"))
        }
    };
    let replicas = if kind.has_replicas() {
        let r = spec.opt_int("replicas");
        match r.state {
            State::Defaulted(None) => Value::defaulted(Some(1), r.origin),
            _ => r,
        }
    } else {
        Value::defaulted(None, spec.origin.clone())
    };
    let pod_labels = pod_meta.str_map("labels");
    let pod_annotations = pod_meta.str_map("annotations");
    let pod = pod_spec_of(&pod_spec, &pod_annotations);
    Workload {
        kind,
        meta,
        pod_labels,
        pod_annotations,
        replicas,
        pod,
    }
}

fn meta(top: &Obj, api_version: &str, kind: &str) -> Meta {
    let md = top.child("metadata");
    let name = md.opt_string("name");
    let name = match name.state {
        State::Explicit(Some(n)) if !n.is_empty() => Value::explicit(n, name.origin),
        State::Unknown(r) => Value::unknown(r, name.origin),
        _ => match md.opt_string("generate_name").get() {
            Some(Some(g)) => {
                Value::unknown(format!("the name is generated from `{g}`"), name.origin)
            }
            _ => Value::unknown("`metadata.name` is not set", name.origin),
        },
    };
    let ns = md.opt_string("namespace");
    let namespace = match ns.state {
        State::Explicit(Some(n)) if n.trim().is_empty() => {
            Value::defaulted(Some("default".to_string()), ns.origin)
        }
        _ => ns.map(|n| Some(n.unwrap_or_else(|| "default".to_string()))),
    };
    Meta {
        api_version: api_version.to_string(),
        kind: kind.to_string(),
        name,
        namespace,
        labels: md.str_map("labels"),
        annotations: md.str_map("annotations"),
        origin: top.origin.clone(),
    }
}

fn pod_spec_of(ps: &Obj, annotations: &Value<StrMap>) -> PodSpec {
    let sc = ps.child("security_context");
    let security_context = PodSecurityContext {
        run_as_non_root: sc.opt_bool("run_as_non_root"),
        run_as_user: sc.opt_int("run_as_user"),
        run_as_group: sc.opt_int("run_as_group"),
        fs_group: sc.opt_int("fs_group"),
        supplemental_groups: sc.ints("supplemental_groups"),
        seccomp_profile: first_set(
            profile(&sc.child("seccomp_profile")),
            annotation_profile(
                annotations,
                "seccomp.security.alpha.kubernetes.io/pod",
                &sc.origin,
            ),
        ),
        se_linux_options: selinux(&sc.child("se_linux_options")),
        app_armor_profile: profile(&sc.child("app_armor_profile")),
        sysctls: sysctls(&sc),
        windows_host_process: sc.child("windows_options").opt_bool("host_process"),
        origin: sc.origin.clone(),
    };
    let sa_key = if ps.has("service_account_name") || !ps.has("service_account") {
        "service_account_name"
    } else {
        "service_account"
    };
    let service_account_name = ps
        .opt_string_set(sa_key)
        .map(|s| s.unwrap_or_else(|| "default".to_string()));
    // The provider sends `automountServiceAccountToken: true` unless told otherwise.
    let automount = ps.opt_bool("automount_service_account_token");
    let automount_service_account_token = match automount.state {
        State::Defaulted(None) => Value::defaulted(Some(true), automount.origin),
        _ => automount,
    };
    let mut containers = Vec::new();
    for (group, key) in [
        (ContainerGroup::Containers, "container"),
        (ContainerGroup::InitContainers, "init_container"),
        (ContainerGroup::EphemeralContainers, "ephemeral_container"),
    ] {
        for c in ps.items(key) {
            containers.push(container(&c, group, &security_context, annotations));
        }
    }
    PodSpec {
        host_network: ps.bool("host_network", false),
        host_pid: ps.bool("host_pid", false),
        host_ipc: ps.bool("host_ipc", false),
        host_users: ps.bool("host_users", true),
        share_process_namespace: ps.bool("share_process_namespace", false),
        service_account_name,
        automount_service_account_token,
        runtime_class_name: ps.opt_string_set("runtime_class_name"),
        priority_class_name: ps.opt_string_set("priority_class_name"),
        image_pull_secrets: names(ps, "image_pull_secrets"),
        security_context,
        volumes: ps.items("volume").iter().map(volume).collect(),
        containers,
        origin: ps.origin.clone(),
    }
}

/// The `name`s of repeated `{ name = ... }` blocks.
fn names(o: &Obj, key: &str) -> Value<Vec<String>> {
    if let Some(r) = &o.bad {
        return Value::unknown(r.clone(), o.origin.clone());
    }
    let Some(n) = o.get(key) else {
        return Value::defaulted(Vec::new(), o.origin.clone());
    };
    let mut out = Vec::new();
    for item in o.items(key) {
        let name = item.opt_string("name");
        match name.state {
            State::Explicit(Some(s)) => out.push(s),
            State::Unknown(r) => return Value::unknown(r, name.origin),
            _ => {}
        }
    }
    Value::explicit(out, n.origin.clone())
}

fn container(
    c: &Obj,
    group: ContainerGroup,
    pod: &PodSecurityContext,
    annotations: &Value<StrMap>,
) -> Container {
    let name = c.req_string("name");
    let image_text = c.opt_string("image");
    let image = match (&image_text.state, image_text.get()) {
        (State::Explicit(_), Some(Some(s))) => match Image::parse(s) {
            Ok(img) => Value::explicit(Some(img), image_text.origin.clone()),
            Err(why) => Value::unknown(why, image_text.origin.clone()),
        },
        _ => image_text.clone().map(|_| None::<Image>),
    };
    let pull = c.opt_string("image_pull_policy");
    let image_pull_policy = match (&pull.state, &image.state) {
        (State::Explicit(Some(p)), _) if !p.is_empty() => {
            Value::explicit(p.clone(), pull.origin.clone())
        }
        (State::Unknown(r), _) => Value::unknown(r.clone(), pull.origin.clone()),
        (_, State::Explicit(Some(img))) | (_, State::Defaulted(Some(img))) => {
            let p = if img.is_latest() {
                "Always"
            } else {
                "IfNotPresent"
            };
            Value::defaulted(p.to_string(), c.origin.clone())
        }
        (_, State::Unknown(r)) => Value::unknown(
            format!("the default pull policy depends on the image: {r}"),
            c.origin.clone(),
        ),
        _ => Value::unknown("the container has no image", c.origin.clone()),
    };

    let sc = c.child("security_context");
    let caps = sc.child("capabilities");
    let container_annotation = |prefix: &str| match name.get() {
        Some(n) => annotation_profile(annotations, &format!("{prefix}/{n}"), &sc.origin),
        None => Value::defaulted(None, sc.origin.clone()),
    };
    let security_context = SecurityContext {
        // A written container `security_context` without `run_as_non_root` is sent by the
        // provider as `runAsNonRoot: false`, which overrides the pod's setting.
        run_as_non_root: if sc.node.is_some() && matches!(sc.attr("run_as_non_root"), Ok(None)) {
            Value::defaulted(Some(false), sc.origin.clone())
        } else {
            inherit(sc.opt_bool("run_as_non_root"), &pod.run_as_non_root)
        },
        run_as_user: inherit(sc.opt_int("run_as_user"), &pod.run_as_user),
        run_as_group: inherit(sc.opt_int("run_as_group"), &pod.run_as_group),
        seccomp_profile: inherit(
            first_set(
                profile(&sc.child("seccomp_profile")),
                container_annotation("container.seccomp.security.alpha.kubernetes.io"),
            ),
            &pod.seccomp_profile,
        ),
        se_linux_options: inherit(
            selinux(&sc.child("se_linux_options")),
            &pod.se_linux_options,
        ),
        app_armor_profile: inherit(
            first_set(
                profile(&sc.child("app_armor_profile")),
                container_annotation("container.apparmor.security.beta.kubernetes.io"),
            ),
            &pod.app_armor_profile,
        ),
        windows_host_process: inherit(
            sc.child("windows_options").opt_bool("host_process"),
            &pod.windows_host_process,
        ),
        privileged: sc.bool("privileged", false),
        allow_privilege_escalation: sc.bool("allow_privilege_escalation", true),
        read_only_root_filesystem: sc.bool("read_only_root_filesystem", false),
        capabilities_add: caps.strings("add"),
        capabilities_drop: caps.strings("drop"),
        proc_mount: sc.string("proc_mount", "Default"),
        origin: sc.origin.clone(),
    };

    Container {
        group,
        name,
        image,
        image_pull_policy,
        security_context,
        ports: c
            .items("port")
            .iter()
            .map(|p| ContainerPort {
                name: p.opt_string("name"),
                container_port: p.opt_int("container_port"),
                host_port: p.opt_int("host_port"),
                host_ip: p.opt_string_set("host_ip"),
                protocol: p.string("protocol", "TCP"),
                origin: p.origin.clone(),
            })
            .collect(),
        env: c.items("env").iter().map(env_var).collect(),
        env_from: c
            .items("env_from")
            .iter()
            .map(|e| {
                let (source, key) = if e.has("secret_ref") {
                    ("secretRef", "secret_ref")
                } else if e.has("config_map_ref") {
                    ("configMapRef", "config_map_ref")
                } else if e.bad.is_some() {
                    ("?", "?")
                } else {
                    ("", "")
                };
                EnvFrom {
                    source: source.to_string(),
                    name: e.child(key).opt_string("name"),
                    prefix: e.opt_string("prefix"),
                    origin: e.origin.clone(),
                }
            })
            .collect(),
        resources: resources(&c.child("resources")),
        liveness_probe: c.present("liveness_probe"),
        readiness_probe: c.present("readiness_probe"),
        startup_probe: c.present("startup_probe"),
        volume_mounts: c
            .items("volume_mount")
            .iter()
            .map(|m| VolumeMount {
                name: m.req_string("name"),
                mount_path: m.req_string("mount_path"),
                read_only: m.bool("read_only", false),
                sub_path: m
                    .opt_string("sub_path")
                    .map(|s| s.filter(|x| !x.is_empty())),
                origin: m.origin.clone(),
            })
            .collect(),
        origin: c.origin.clone(),
    }
}

fn env_var(e: &Obj) -> EnvVar {
    let source = if e.has("value_from") {
        let vf = e.child("value_from");
        let key_ref = |k: &str| {
            let r = vf.child(k);
            KeyRef {
                name: r.opt_string("name"),
                key: r.opt_string("key"),
                optional: r.bool("optional", false),
                origin: r.origin.clone(),
            }
        };
        if vf.has("secret_key_ref") {
            EnvSource::SecretKeyRef(key_ref("secret_key_ref"))
        } else if vf.has("config_map_key_ref") {
            EnvSource::ConfigMapKeyRef(key_ref("config_map_key_ref"))
        } else if vf.has("field_ref") {
            EnvSource::FieldRef(vf.child("field_ref").req_string("field_path"))
        } else if vf.has("resource_field_ref") {
            EnvSource::ResourceFieldRef(vf.child("resource_field_ref").req_string("resource"))
        } else {
            let key = vf
                .node
                .and_then(Node::as_map)
                .and_then(|m| m.iter().find(|(_, v)| written(v)))
                .map(|(k, _)| camel(k));
            match (key, &vf.bad) {
                (Some(k), _) => EnvSource::Other(Value::explicit(k, vf.origin.clone())),
                (None, Some(r)) => EnvSource::Other(Value::unknown(r.clone(), vf.origin.clone())),
                (None, None) => EnvSource::Other(Value::unknown(
                    "`value_from` names no source",
                    vf.origin.clone(),
                )),
            }
        }
    } else {
        EnvSource::Literal(e.string("value", ""))
    };
    EnvVar {
        name: e.req_string("name"),
        source,
        origin: e.origin.clone(),
    }
}

fn resources(r: &Obj) -> Resources {
    let list = |o: &Obj| ResourceList {
        cpu: o.opt_string("cpu"),
        memory: o.opt_string("memory"),
        ephemeral_storage: o.opt_string("ephemeral-storage"),
        origin: o.origin.clone(),
    };
    let limits = list(&r.child("limits"));
    let mut requests = list(&r.child("requests"));
    // A request not written defaults to the limit.
    let default_to = |req: &mut Value<Option<String>>, lim: &Value<Option<String>>| {
        if matches!(req.state, State::Defaulted(None)) {
            if let State::Explicit(Some(l)) = &lim.state {
                *req = Value::defaulted(Some(l.clone()), lim.origin.clone());
            }
        }
    };
    default_to(&mut requests.cpu, &limits.cpu);
    default_to(&mut requests.memory, &limits.memory);
    default_to(&mut requests.ephemeral_storage, &limits.ephemeral_storage);
    Resources {
        requests,
        limits,
        origin: r.origin.clone(),
    }
}

/// The Kubernetes name of a provider block (`downward_api` → `downwardAPI`).
fn camel(k: &str) -> String {
    match k {
        "downward_api" => return "downwardAPI".into(),
        "iscsi" => return "iscsi".into(),
        "fc" => return "fc".into(),
        "csi" => return "csi".into(),
        _ => {}
    }
    let mut out = String::new();
    let mut up = false;
    for c in k.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn volume(v: &Obj) -> Volume {
    const KNOWN: [&str; 6] = [
        "host_path",
        "secret",
        "config_map",
        "empty_dir",
        "persistent_volume_claim",
        "projected",
    ];
    let key = KNOWN
        .into_iter()
        .find(|k| v.has(k))
        .map(str::to_string)
        .or_else(|| {
            v.node.and_then(Node::as_map).and_then(|m| {
                m.iter()
                    .find(|(k, x)| *k != "name" && written(x))
                    .map(|(k, _)| k.clone())
            })
        });
    let source = match key.as_deref() {
        _ if v.bad.is_some() => VolumeSource::Other { key: "?".into() },
        Some("host_path") => {
            let h = v.child("host_path");
            VolumeSource::HostPath {
                path: h.req_string("path"),
                path_type: h.opt_string("type").map(|s| s.filter(|x| !x.is_empty())),
            }
        }
        Some("secret") => {
            let s = v.child("secret");
            VolumeSource::Secret {
                secret_name: s.opt_string("secret_name"),
                optional: s.bool("optional", false),
            }
        }
        Some("config_map") => VolumeSource::ConfigMap {
            name: v.child("config_map").opt_string("name"),
        },
        Some("empty_dir") => VolumeSource::EmptyDir {
            medium: v.child("empty_dir").opt_string("medium"),
        },
        Some("persistent_volume_claim") => {
            let p = v.child("persistent_volume_claim");
            VolumeSource::PersistentVolumeClaim {
                claim_name: p.opt_string("claim_name"),
                read_only: p.bool("read_only", false),
            }
        }
        Some("projected") => {
            let mut sources = Vec::new();
            for s in v.child("projected").items("sources") {
                if let Some(r) = &s.bad {
                    sources.push(ProjectedSource {
                        kind: "?".into(),
                        name: Value::unknown(r.clone(), s.origin.clone()),
                        origin: s.origin.clone(),
                    });
                    continue;
                }
                let Some(m) = s.node.and_then(Node::as_map) else {
                    continue;
                };
                for (k, x) in m.iter().filter(|(_, x)| written(x)) {
                    let kind = camel(k);
                    let name = if matches!(k.as_str(), "secret" | "config_map") {
                        // `secret`/`config_map` may repeat inside one `sources` block.
                        match &x.v {
                            Dyn::List(l) if l.len() > 1 => {
                                for item in l {
                                    let o = Obj::from_node(item);
                                    sources.push(ProjectedSource {
                                        kind: kind.clone(),
                                        name: o.opt_string("name"),
                                        origin: o.origin.clone(),
                                    });
                                }
                                continue;
                            }
                            _ => s.child(k).opt_string("name"),
                        }
                    } else {
                        Value::defaulted(None, x.origin.clone())
                    };
                    sources.push(ProjectedSource {
                        kind,
                        name,
                        origin: x.origin.clone(),
                    });
                }
            }
            VolumeSource::Projected { sources }
        }
        Some(other) => VolumeSource::Other { key: camel(other) },
        // No source at all: Kubernetes defaults the volume to an emptyDir.
        None => VolumeSource::EmptyDir {
            medium: Value::defaulted(None, v.origin.clone()),
        },
    };
    Volume {
        name: v.req_string("name"),
        source,
        origin: v.origin.clone(),
    }
}

/// A `seccomp_profile` / `app_armor_profile` block; explicit at its `type`.
fn profile(p: &Obj) -> Value<Option<SeccompProfile>> {
    if let Some(r) = &p.bad {
        return Value::unknown(r.clone(), p.origin.clone());
    }
    if p.node.is_none() {
        return Value::defaulted(None, p.origin.clone());
    }
    let t = p.req_string("type");
    let lp = p.opt_string("localhost_profile");
    match (t.get(), lp.get()) {
        (Some(t_), Some(l)) => Value::explicit(
            Some(SeccompProfile {
                profile_type: t_.clone(),
                localhost_profile: l.clone().filter(|x| !x.is_empty()),
            }),
            t.origin,
        ),
        (None, _) => unknown_as(&t),
        (_, None) => unknown_as(&lp),
    }
}

fn selinux(o: &Obj) -> Value<Option<SeLinuxOptions>> {
    if let Some(r) = &o.bad {
        return Value::unknown(r.clone(), o.origin.clone());
    }
    if o.node.is_none() {
        return Value::defaulted(None, o.origin.clone());
    }
    let mut out = SeLinuxOptions::default();
    for (key, slot) in [
        ("user", &mut out.user),
        ("role", &mut out.role),
        ("type", &mut out.selinux_type),
        ("level", &mut out.level),
    ] {
        let v = o.opt_string(key);
        match v.get() {
            Some(s) => *slot = s.clone().filter(|x| !x.is_empty()),
            None => return unknown_as(&v),
        }
    }
    Value::explicit(Some(out), o.origin.clone())
}

fn sysctls(sc: &Obj) -> Value<Vec<Sysctl>> {
    if let Some(r) = &sc.bad {
        return Value::unknown(r.clone(), sc.origin.clone());
    }
    let Some(n) = sc.get("sysctl") else {
        return Value::defaulted(Vec::new(), sc.origin.clone());
    };
    let mut out = Vec::new();
    for item in sc.items("sysctl") {
        let name = item.req_string("name");
        let value = item.opt_string("value");
        match (name.get(), value.get()) {
            (Some(n), Some(v)) => out.push(Sysctl {
                name: n.clone(),
                value: v.clone().unwrap_or_default(),
            }),
            (None, _) => return unknown_as(&name),
            (_, None) => return unknown_as(&value),
        }
    }
    Value::explicit(out, n.origin.clone())
}

/// The typed configuration of a Kubernetes provider workload resource.
pub(crate) fn config(r: &crate::module::RawResource) -> parapet_model::Config {
    match workload_kind(&r.rtype) {
        Some((kind, api)) => {
            parapet_model::Config::Workload(Box::new(workload(&r.node, &r.origin, kind, api)))
        }
        None => parapet_model::Config::Unmodelled,
    }
}
