//! Filling a [`Workload`] from its pod spec, shared by every frontend that reads Kubernetes
//! workloads (manifests, and the Terraform provider's `kubernetes_*` resources).
//!
//! A frontend gives access to its objects through [`Fields`]; the mapping asks for Kubernetes'
//! own field names (`runAsNonRoot`, `volumeMounts`), which a frontend that spells them
//! otherwise translates. What differs between the frontends beyond the spelling is said by
//! [`Fields`] too: how a written `""` reads, and what their tooling sends when a field is not
//! written. Volumes, whose sources the frontends describe differently, are the frontend's.
//!
//! Provenance is as the [module](super) says: a written value is explicit at its node, an
//! absent one is defaulted at the nearest enclosing object, an unresolved one is unknown.

use super::{
    Container, ContainerGroup, ContainerPort, EnvFrom, EnvSource, EnvVar, Image, KeyRef, Meta,
    PodSecurityContext, PodSpec, ResourceList, Resources, SeLinuxOptions, SeccompProfile,
    SecurityContext, StrMap, Sysctl, Volume, VolumeMount, Workload, WorkloadKind,
};
use crate::span::Origin;
use crate::value::{State, Value};
use std::borrow::Cow;

/// One object of a workload as a frontend reads it: a mapping that is present, absent (its
/// origin is where a missing field points) or unreadable (everything read from it is unknown,
/// with the reason). Keys are Kubernetes field names.
pub trait Fields: Sized + Clone {
    /// Whether a written `""` means "not set" (as Terraform plan and state JSON write unset
    /// strings).
    const EMPTY_IS_UNSET: bool;
    /// What `automountServiceAccountToken` is when not written: `None` leaves it to the
    /// ServiceAccount; a frontend whose tooling sends a value says which.
    const AUTOMOUNT_DEFAULT: Option<bool>;

    /// The frontend's name of a field, as its messages say it.
    fn spell(key: &'static str) -> Cow<'static, str>;

    /// The object, or where an absent one would be.
    fn origin(&self) -> &Origin;
    /// Why the object cannot be read, when it cannot.
    fn bad(&self) -> Option<&str>;
    /// Whether the object is present (and readable).
    fn is_present(&self) -> bool;
    /// Whether the field is written.
    fn has(&self, key: &'static str) -> bool;
    /// The origin of a written field.
    fn written_at(&self, key: &'static str) -> Option<Origin>;
    /// The first key written in the object, as Kubernetes names it.
    fn first_key(&self) -> Option<String>;

    /// A nested object.
    fn child(&self, key: &'static str) -> Self;
    /// A list of objects. An unknown list is one element whose fields are all unknown.
    fn items(&self, key: &'static str) -> Vec<Self>;

    fn opt_bool(&self, key: &'static str) -> Value<Option<bool>>;
    fn opt_int(&self, key: &'static str) -> Value<Option<i64>>;
    fn opt_string(&self, key: &'static str) -> Value<Option<String>>;
    /// A required string: unknown when not written.
    fn req_string(&self, key: &'static str) -> Value<String>;
    fn strings(&self, key: &'static str) -> Value<Vec<String>>;
    fn ints(&self, key: &'static str) -> Value<Vec<i64>>;
    /// A map of strings (labels, annotations) with a provenance per entry.
    fn str_map(&self, key: &'static str) -> Value<StrMap>;
    /// A presence flag: explicit `true` at the field when written, defaulted `false` here.
    fn present(&self, key: &'static str) -> Value<bool>;
    /// The `name`s of a list of `{name: x}` references.
    fn names(&self, key: &'static str) -> Value<Vec<String>>;

    /// The volume this object describes.
    fn volume(&self) -> Volume;

    /// What the frontend's tooling sends for a container's `runAsNonRoot` whatever the pod
    /// sets, given the container's security context; `None` when the value is inherited as
    /// Kubernetes does.
    fn run_as_non_root_sent(_sc: &Self) -> Option<Value<Option<bool>>> {
        None
    }

    fn bool(&self, key: &'static str, default: bool) -> Value<bool> {
        self.opt_bool(key).map(|b| b.unwrap_or(default))
    }

    /// A string with a documented default.
    fn string(&self, key: &'static str, default: &str) -> Value<String> {
        self.opt_string(key)
            .map(|s| s.unwrap_or_else(|| default.to_string()))
    }
}

/// An unknown value of another type, with the same reason and origin.
pub fn unknown_as<T, U>(v: &Value<T>) -> Value<U> {
    Value::unknown(v.unknown_reason().unwrap_or_default(), v.origin.clone())
}

// Inheritance and legacy annotations.

/// Whether a value was set (written, or not known).
pub fn is_set<T>(v: &Value<Option<T>>) -> bool {
    matches!(v.state, State::Explicit(Some(_)) | State::Unknown(_))
}

/// The container's own value when set, else the pod's when set, else the container's default.
pub fn inherit<T: Clone>(own: Value<Option<T>>, pod: &Value<Option<T>>) -> Value<Option<T>> {
    if !is_set(&own) && is_set(pod) {
        pod.clone()
    } else {
        own
    }
}

/// The first of two alternative sources that is set.
pub fn first_set<T>(a: Value<Option<T>>, b: Value<Option<T>>) -> Value<Option<T>> {
    if !is_set(&a) && is_set(&b) {
        b
    } else {
        a
    }
}

/// A legacy seccomp / AppArmor annotation (`runtime/default`, `unconfined`, `localhost/x`).
pub fn annotation_profile(
    annotations: &Value<StrMap>,
    key: &str,
    fallback: &Origin,
) -> Value<Option<SeccompProfile>> {
    let Some(v) = annotations.get().and_then(|m| m.get(key)) else {
        return Value::defaulted(None, fallback.clone());
    };
    let Some(text) = v.get() else {
        return Value::unknown(v.unknown_reason().unwrap_or_default(), v.origin.clone());
    };
    let p = |t: &str, l: Option<&str>| SeccompProfile {
        profile_type: t.to_string(),
        localhost_profile: l.map(str::to_string),
    };
    let prof = match text.as_str() {
        "runtime/default" | "docker/default" => p("RuntimeDefault", None),
        "unconfined" => p("Unconfined", None),
        t => match t.strip_prefix("localhost/") {
            Some(l) => p("Localhost", Some(l)),
            None => {
                return Value::unknown(
                    format!("`{key}: {t}` is not a profile Kubernetes knows"),
                    v.origin.clone(),
                )
            }
        },
    };
    Value::explicit(Some(prof), v.origin.clone())
}

/// An optional string; where a written `""` means "not set", it is defaulted, as if not
/// written.
fn opt_string_set<F: Fields>(o: &F, key: &'static str) -> Value<Option<String>> {
    let v = o.opt_string(key);
    match &v.state {
        State::Explicit(Some(s)) if F::EMPTY_IS_UNSET && s.is_empty() => {
            Value::defaulted(None, v.origin)
        }
        _ => v,
    }
}

/// A written string; where `""` means "not set", `None` (the value stays as written).
fn non_empty<F: Fields>(s: Option<String>) -> Option<String> {
    if F::EMPTY_IS_UNSET {
        s.filter(|x| !x.is_empty())
    } else {
        s
    }
}

/// The workload of a top-level object of `kind` whose header is `meta`.
pub fn workload<F: Fields>(top: &F, kind: WorkloadKind, meta: Meta) -> Workload {
    let spec = top.child("spec");
    let (pod_meta, pod_spec) = match kind {
        WorkloadKind::Pod => (top.child("metadata"), spec.clone()),
        WorkloadKind::CronJob => {
            let t = spec.child("jobTemplate").child("spec").child("template");
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
        Value::defaulted(None, spec.origin().clone())
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

fn pod_spec_of<F: Fields>(ps: &F, annotations: &Value<StrMap>) -> PodSpec {
    let sc = ps.child("securityContext");
    let security_context = PodSecurityContext {
        run_as_non_root: sc.opt_bool("runAsNonRoot"),
        run_as_user: sc.opt_int("runAsUser"),
        run_as_group: sc.opt_int("runAsGroup"),
        fs_group: sc.opt_int("fsGroup"),
        supplemental_groups: sc.ints("supplementalGroups"),
        seccomp_profile: first_set(
            profile(&sc.child("seccompProfile")),
            annotation_profile(
                annotations,
                "seccomp.security.alpha.kubernetes.io/pod",
                sc.origin(),
            ),
        ),
        se_linux_options: selinux(&sc.child("seLinuxOptions")),
        app_armor_profile: profile(&sc.child("appArmorProfile")),
        sysctls: sysctls(&sc),
        windows_host_process: sc.child("windowsOptions").opt_bool("hostProcess"),
        origin: sc.origin().clone(),
    };
    let sa_key = if ps.has("serviceAccountName") || !ps.has("serviceAccount") {
        "serviceAccountName"
    } else {
        "serviceAccount"
    };
    let service_account_name =
        opt_string_set(ps, sa_key).map(|s| s.unwrap_or_else(|| "default".to_string()));
    let mut automount_service_account_token = ps.opt_bool("automountServiceAccountToken");
    if let (State::Defaulted(None), Some(d)) =
        (&automount_service_account_token.state, F::AUTOMOUNT_DEFAULT)
    {
        automount_service_account_token =
            Value::defaulted(Some(d), automount_service_account_token.origin);
    }
    let mut containers = Vec::new();
    for group in ContainerGroup::ALL {
        for c in ps.items(group.as_str()) {
            containers.push(container(&c, group, &security_context, annotations));
        }
    }
    PodSpec {
        host_network: ps.bool("hostNetwork", false),
        host_pid: ps.bool("hostPID", false),
        host_ipc: ps.bool("hostIPC", false),
        host_users: ps.bool("hostUsers", true),
        share_process_namespace: ps.bool("shareProcessNamespace", false),
        service_account_name,
        automount_service_account_token,
        runtime_class_name: opt_string_set(ps, "runtimeClassName"),
        priority_class_name: opt_string_set(ps, "priorityClassName"),
        image_pull_secrets: ps.names("imagePullSecrets"),
        security_context,
        volumes: ps.items("volumes").iter().map(F::volume).collect(),
        containers,
        origin: ps.origin().clone(),
    }
}

fn container<F: Fields>(
    c: &F,
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
    let pull = opt_string_set(c, "imagePullPolicy");
    let image_pull_policy = match (&pull.state, &image.state) {
        (State::Explicit(Some(p)), _) => Value::explicit(p.clone(), pull.origin.clone()),
        (State::Unknown(r), _) => Value::unknown(r.clone(), pull.origin.clone()),
        (_, State::Explicit(Some(img))) | (_, State::Defaulted(Some(img))) => {
            let p = if img.is_latest() {
                "Always"
            } else {
                "IfNotPresent"
            };
            Value::defaulted(p.to_string(), c.origin().clone())
        }
        (_, State::Unknown(r)) => Value::unknown(
            format!("the default pull policy depends on the image: {r}"),
            c.origin().clone(),
        ),
        _ => Value::unknown("the container has no image", c.origin().clone()),
    };

    let sc = c.child("securityContext");
    let caps = sc.child("capabilities");
    let container_annotation = |prefix: &str| match name.get() {
        Some(n) => annotation_profile(annotations, &format!("{prefix}/{n}"), sc.origin()),
        None => Value::defaulted(None, sc.origin().clone()),
    };
    let security_context = SecurityContext {
        run_as_non_root: F::run_as_non_root_sent(&sc)
            .unwrap_or_else(|| inherit(sc.opt_bool("runAsNonRoot"), &pod.run_as_non_root)),
        run_as_user: inherit(sc.opt_int("runAsUser"), &pod.run_as_user),
        run_as_group: inherit(sc.opt_int("runAsGroup"), &pod.run_as_group),
        seccomp_profile: inherit(
            first_set(
                profile(&sc.child("seccompProfile")),
                container_annotation("container.seccomp.security.alpha.kubernetes.io"),
            ),
            &pod.seccomp_profile,
        ),
        se_linux_options: inherit(selinux(&sc.child("seLinuxOptions")), &pod.se_linux_options),
        app_armor_profile: inherit(
            first_set(
                profile(&sc.child("appArmorProfile")),
                container_annotation("container.apparmor.security.beta.kubernetes.io"),
            ),
            &pod.app_armor_profile,
        ),
        windows_host_process: inherit(
            sc.child("windowsOptions").opt_bool("hostProcess"),
            &pod.windows_host_process,
        ),
        privileged: sc.bool("privileged", false),
        allow_privilege_escalation: sc.bool("allowPrivilegeEscalation", true),
        read_only_root_filesystem: sc.bool("readOnlyRootFilesystem", false),
        capabilities_add: caps.strings("add"),
        capabilities_drop: caps.strings("drop"),
        proc_mount: sc.string("procMount", "Default"),
        origin: sc.origin().clone(),
    };

    Container {
        group,
        name,
        image,
        image_pull_policy,
        security_context,
        ports: c
            .items("ports")
            .iter()
            .map(|p| ContainerPort {
                name: p.opt_string("name"),
                container_port: p.opt_int("containerPort"),
                host_port: p.opt_int("hostPort"),
                host_ip: opt_string_set(p, "hostIP"),
                protocol: p.string("protocol", "TCP"),
                origin: p.origin().clone(),
            })
            .collect(),
        env: c.items("env").iter().map(env_var).collect(),
        env_from: c
            .items("envFrom")
            .iter()
            .map(|e| {
                let source = ["secretRef", "configMapRef"]
                    .into_iter()
                    .find(|k| e.has(k))
                    .unwrap_or(if e.bad().is_some() { "?" } else { "" });
                EnvFrom {
                    source: source.to_string(),
                    name: e.child(source).opt_string("name"),
                    prefix: e.opt_string("prefix"),
                    origin: e.origin().clone(),
                }
            })
            .collect(),
        resources: resources(&c.child("resources")),
        liveness_probe: c.present("livenessProbe"),
        readiness_probe: c.present("readinessProbe"),
        startup_probe: c.present("startupProbe"),
        volume_mounts: c
            .items("volumeMounts")
            .iter()
            .map(|m| VolumeMount {
                name: m.req_string("name"),
                mount_path: m.req_string("mountPath"),
                read_only: m.bool("readOnly", false),
                sub_path: m.opt_string("subPath").map(non_empty::<F>),
                origin: m.origin().clone(),
            })
            .collect(),
        origin: c.origin().clone(),
    }
}

fn env_var<F: Fields>(e: &F) -> EnvVar {
    let source = if e.has("valueFrom") {
        let vf = e.child("valueFrom");
        let key_ref = |k: &'static str| {
            let r = vf.child(k);
            KeyRef {
                name: r.opt_string("name"),
                key: r.opt_string("key"),
                optional: r.bool("optional", false),
                origin: r.origin().clone(),
            }
        };
        if vf.has("secretKeyRef") {
            EnvSource::SecretKeyRef(key_ref("secretKeyRef"))
        } else if vf.has("configMapKeyRef") {
            EnvSource::ConfigMapKeyRef(key_ref("configMapKeyRef"))
        } else if vf.has("fieldRef") {
            EnvSource::FieldRef(vf.child("fieldRef").req_string("fieldPath"))
        } else if vf.has("resourceFieldRef") {
            EnvSource::ResourceFieldRef(vf.child("resourceFieldRef").req_string("resource"))
        } else {
            EnvSource::Other(match (vf.first_key(), vf.bad()) {
                (Some(k), _) => Value::explicit(k, vf.origin().clone()),
                (None, Some(r)) => Value::unknown(r, vf.origin().clone()),
                (None, None) => Value::unknown(
                    format!("`{}` names no source", F::spell("valueFrom")),
                    vf.origin().clone(),
                ),
            })
        }
    } else {
        // Also what an unreadable entry reads as: it has no `valueFrom`.
        EnvSource::Literal(e.string("value", ""))
    };
    EnvVar {
        name: e.req_string("name"),
        source,
        origin: e.origin().clone(),
    }
}

fn resources<F: Fields>(r: &F) -> Resources {
    let list = |o: &F| ResourceList {
        cpu: o.opt_string("cpu"),
        memory: o.opt_string("memory"),
        ephemeral_storage: o.opt_string("ephemeral-storage"),
        origin: o.origin().clone(),
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
        origin: r.origin().clone(),
    }
}

/// A `seccompProfile` / `appArmorProfile` object; explicit at its `type`.
fn profile<F: Fields>(p: &F) -> Value<Option<SeccompProfile>> {
    if let Some(r) = p.bad() {
        return Value::unknown(r, p.origin().clone());
    }
    if !p.is_present() {
        return Value::defaulted(None, p.origin().clone());
    }
    let t = p.req_string("type");
    let lp = p.opt_string("localhostProfile");
    match (t.get(), lp.get()) {
        (Some(t_), Some(l)) => Value::explicit(
            Some(SeccompProfile {
                profile_type: t_.clone(),
                localhost_profile: non_empty::<F>(l.clone()),
            }),
            t.origin,
        ),
        (None, _) => unknown_as(&t),
        (_, None) => unknown_as(&lp),
    }
}

fn selinux<F: Fields>(o: &F) -> Value<Option<SeLinuxOptions>> {
    if let Some(r) = o.bad() {
        return Value::unknown(r, o.origin().clone());
    }
    if !o.is_present() {
        return Value::defaulted(None, o.origin().clone());
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
            Some(s) => *slot = non_empty::<F>(s.clone()),
            None => return unknown_as(&v),
        }
    }
    Value::explicit(Some(out), o.origin().clone())
}

fn sysctls<F: Fields>(sc: &F) -> Value<Vec<Sysctl>> {
    if let Some(r) = sc.bad() {
        return Value::unknown(r, sc.origin().clone());
    }
    let Some(at) = sc.written_at("sysctls") else {
        return Value::defaulted(Vec::new(), sc.origin().clone());
    };
    let mut out = Vec::new();
    for item in sc.items("sysctls") {
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
    Value::explicit(out, at)
}
