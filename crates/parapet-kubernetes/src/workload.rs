//! Every workload kind → one [`Workload`] with a normalized pod spec and the containers'
//! effective security settings.

use crate::cx::{unknown_as, Cx, Obj};
use crate::objects::meta;
use parapet_model::k8s::{
    annotation_profile, first_set, inherit, Container, ContainerGroup, ContainerPort, EnvFrom,
    EnvSource, EnvVar, Image, KeyRef, PodSecurityContext, PodSpec, ProjectedSource, ResourceList,
    Resources, SeLinuxOptions, SeccompProfile, SecurityContext, StrMap, Sysctl, Volume,
    VolumeMount, VolumeSource, Workload, WorkloadKind,
};
use parapet_model::{State, Value};

pub(crate) fn workload(cx: &Cx, top: &Obj, api_version: &str, kind: WorkloadKind) -> Workload {
    let meta = meta(cx, top, api_version, kind.as_str());
    let spec = top.child(cx, "spec");
    let (pod_meta, pod_spec) = match kind {
        WorkloadKind::Pod => (top.child(cx, "metadata"), spec.clone()),
        WorkloadKind::CronJob => {
            let t = spec
                .child(cx, "jobTemplate")
                .child(cx, "spec")
                .child(cx, "template");
            (t.child(cx, "metadata"), t.child(cx, "spec"))
        }
        _ => {
            let t = spec.child(cx, "template");
            (t.child(cx, "metadata"), t.child(cx, "spec"))
        }
    };
    let replicas = if kind.has_replicas() {
        let r = spec.opt_int(cx, "replicas");
        match r.state {
            State::Defaulted(None) => Value::defaulted(Some(1), r.origin),
            _ => r,
        }
    } else {
        Value::defaulted(None, spec.origin.clone())
    };
    let pod_labels = pod_meta.str_map(cx, "labels");
    let pod_annotations = pod_meta.str_map(cx, "annotations");
    let pod = pod_spec_of(cx, &pod_spec, &pod_annotations);
    Workload {
        kind,
        meta,
        pod_labels,
        pod_annotations,
        replicas,
        pod,
    }
}

fn pod_spec_of(cx: &Cx, ps: &Obj, annotations: &Value<StrMap>) -> PodSpec {
    let sc = ps.child(cx, "securityContext");
    let security_context = PodSecurityContext {
        run_as_non_root: sc.opt_bool(cx, "runAsNonRoot"),
        run_as_user: sc.opt_int(cx, "runAsUser"),
        run_as_group: sc.opt_int(cx, "runAsGroup"),
        fs_group: sc.opt_int(cx, "fsGroup"),
        supplemental_groups: sc.ints(cx, "supplementalGroups"),
        seccomp_profile: first_set(
            profile(cx, &sc.child(cx, "seccompProfile")),
            annotation_profile(
                annotations,
                "seccomp.security.alpha.kubernetes.io/pod",
                &sc.origin,
            ),
        ),
        se_linux_options: selinux(cx, &sc.child(cx, "seLinuxOptions")),
        app_armor_profile: profile(cx, &sc.child(cx, "appArmorProfile")),
        sysctls: sysctls(cx, &sc),
        windows_host_process: sc.child(cx, "windowsOptions").opt_bool(cx, "hostProcess"),
        origin: sc.origin.clone(),
    };
    let service_account_name = if ps.has("serviceAccountName") || !ps.has("serviceAccount") {
        ps.string(cx, "serviceAccountName", "default")
    } else {
        ps.string(cx, "serviceAccount", "default")
    };
    let mut containers = Vec::new();
    for group in ContainerGroup::ALL {
        for c in ps.items(cx, group.as_str()) {
            containers.push(container(cx, &c, group, &security_context, annotations));
        }
    }
    PodSpec {
        host_network: ps.bool(cx, "hostNetwork", false),
        host_pid: ps.bool(cx, "hostPID", false),
        host_ipc: ps.bool(cx, "hostIPC", false),
        host_users: ps.bool(cx, "hostUsers", true),
        share_process_namespace: ps.bool(cx, "shareProcessNamespace", false),
        service_account_name,
        automount_service_account_token: ps.opt_bool(cx, "automountServiceAccountToken"),
        runtime_class_name: ps.opt_string(cx, "runtimeClassName"),
        priority_class_name: ps.opt_string(cx, "priorityClassName"),
        image_pull_secrets: ps.names(cx, "imagePullSecrets"),
        security_context,
        volumes: ps
            .items(cx, "volumes")
            .iter()
            .map(|v| volume(cx, v))
            .collect(),
        containers,
        origin: ps.origin.clone(),
    }
}

fn container(
    cx: &Cx,
    c: &Obj,
    group: ContainerGroup,
    pod: &PodSecurityContext,
    annotations: &Value<StrMap>,
) -> Container {
    let name = c.req_string(cx, "name");
    let image_text = c.opt_string(cx, "image");
    let image = match (&image_text.state, image_text.get()) {
        (State::Explicit(_), Some(Some(s))) => match Image::parse(s) {
            Ok(img) => Value::explicit(Some(img), image_text.origin.clone()),
            Err(why) => Value::unknown(why, image_text.origin.clone()),
        },
        _ => image_text.clone().map(|_| None::<Image>),
    };
    let pull = c.opt_string(cx, "imagePullPolicy");
    let image_pull_policy = match (&pull.state, &image.state) {
        (State::Explicit(Some(p)), _) => Value::explicit(p.clone(), pull.origin.clone()),
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

    let sc = c.child(cx, "securityContext");
    let caps = sc.child(cx, "capabilities");
    let container_annotation = |prefix: &str| match name.get() {
        Some(n) => annotation_profile(annotations, &format!("{prefix}/{n}"), &sc.origin),
        None => Value::defaulted(None, sc.origin.clone()),
    };
    let security_context = SecurityContext {
        run_as_non_root: inherit(sc.opt_bool(cx, "runAsNonRoot"), &pod.run_as_non_root),
        run_as_user: inherit(sc.opt_int(cx, "runAsUser"), &pod.run_as_user),
        run_as_group: inherit(sc.opt_int(cx, "runAsGroup"), &pod.run_as_group),
        seccomp_profile: inherit(
            first_set(
                profile(cx, &sc.child(cx, "seccompProfile")),
                container_annotation("container.seccomp.security.alpha.kubernetes.io"),
            ),
            &pod.seccomp_profile,
        ),
        se_linux_options: inherit(
            selinux(cx, &sc.child(cx, "seLinuxOptions")),
            &pod.se_linux_options,
        ),
        app_armor_profile: inherit(
            first_set(
                profile(cx, &sc.child(cx, "appArmorProfile")),
                container_annotation("container.apparmor.security.beta.kubernetes.io"),
            ),
            &pod.app_armor_profile,
        ),
        windows_host_process: inherit(
            sc.child(cx, "windowsOptions").opt_bool(cx, "hostProcess"),
            &pod.windows_host_process,
        ),
        privileged: sc.bool(cx, "privileged", false),
        allow_privilege_escalation: sc.bool(cx, "allowPrivilegeEscalation", true),
        read_only_root_filesystem: sc.bool(cx, "readOnlyRootFilesystem", false),
        capabilities_add: caps.strings(cx, "add"),
        capabilities_drop: caps.strings(cx, "drop"),
        proc_mount: sc.string(cx, "procMount", "Default"),
        origin: sc.origin.clone(),
    };

    Container {
        group,
        name,
        image,
        image_pull_policy,
        security_context,
        ports: c
            .items(cx, "ports")
            .iter()
            .map(|p| ContainerPort {
                name: p.opt_string(cx, "name"),
                container_port: p.opt_int(cx, "containerPort"),
                host_port: p.opt_int(cx, "hostPort"),
                host_ip: p.opt_string(cx, "hostIP"),
                protocol: p.string(cx, "protocol", "TCP"),
                origin: p.origin.clone(),
            })
            .collect(),
        env: c.items(cx, "env").iter().map(|e| env_var(cx, e)).collect(),
        env_from: c
            .items(cx, "envFrom")
            .iter()
            .map(|e| {
                let source = ["secretRef", "configMapRef"]
                    .into_iter()
                    .find(|k| e.has(k))
                    .unwrap_or(if e.is_bad() { "?" } else { "" });
                let r = e.child(cx, source);
                EnvFrom {
                    source: source.to_string(),
                    name: r.opt_string(cx, "name"),
                    prefix: e.opt_string(cx, "prefix"),
                    origin: e.origin.clone(),
                }
            })
            .collect(),
        resources: resources(cx, &c.child(cx, "resources")),
        liveness_probe: c.present(cx, "livenessProbe"),
        readiness_probe: c.present(cx, "readinessProbe"),
        startup_probe: c.present(cx, "startupProbe"),
        volume_mounts: c
            .items(cx, "volumeMounts")
            .iter()
            .map(|m| VolumeMount {
                name: m.req_string(cx, "name"),
                mount_path: m.req_string(cx, "mountPath"),
                read_only: m.bool(cx, "readOnly", false),
                sub_path: m.opt_string(cx, "subPath"),
                origin: m.origin.clone(),
            })
            .collect(),
        origin: c.origin.clone(),
    }
}

fn env_var(cx: &Cx, e: &Obj) -> EnvVar {
    let source = if e.is_bad() {
        EnvSource::Literal(e.string(cx, "value", ""))
    } else if e.has("valueFrom") {
        let vf = e.child(cx, "valueFrom");
        let key_ref = |k: &str| {
            let r = vf.child(cx, k);
            KeyRef {
                name: r.opt_string(cx, "name"),
                key: r.opt_string(cx, "key"),
                optional: r.bool(cx, "optional", false),
                origin: r.origin.clone(),
            }
        };
        if vf.has("secretKeyRef") {
            EnvSource::SecretKeyRef(key_ref("secretKeyRef"))
        } else if vf.has("configMapKeyRef") {
            EnvSource::ConfigMapKeyRef(key_ref("configMapKeyRef"))
        } else if vf.has("fieldRef") {
            EnvSource::FieldRef(vf.child(cx, "fieldRef").req_string(cx, "fieldPath"))
        } else if vf.has("resourceFieldRef") {
            EnvSource::ResourceFieldRef(vf.child(cx, "resourceFieldRef").req_string(cx, "resource"))
        } else {
            let key = vf
                .node
                .and_then(|n| n.as_map())
                .and_then(|m| m.first())
                .and_then(|(k, _)| k.as_str());
            match (key, &vf.bad) {
                (Some(k), _) => EnvSource::Other(Value::explicit(k.to_string(), vf.origin.clone())),
                (None, Some(r)) => EnvSource::Other(Value::unknown(r.clone(), vf.origin.clone())),
                (None, None) => EnvSource::Other(Value::unknown(
                    "`valueFrom` names no source",
                    vf.origin.clone(),
                )),
            }
        }
    } else {
        EnvSource::Literal(e.string(cx, "value", ""))
    };
    EnvVar {
        name: e.req_string(cx, "name"),
        source,
        origin: e.origin.clone(),
    }
}

fn resources(cx: &Cx, r: &Obj) -> Resources {
    let list = |o: &Obj| ResourceList {
        cpu: o.opt_string(cx, "cpu"),
        memory: o.opt_string(cx, "memory"),
        ephemeral_storage: o.opt_string(cx, "ephemeral-storage"),
        origin: o.origin.clone(),
    };
    let limits = list(&r.child(cx, "limits"));
    let mut requests = list(&r.child(cx, "requests"));
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

fn volume(cx: &Cx, v: &Obj) -> Volume {
    const KNOWN: [&str; 6] = [
        "hostPath",
        "secret",
        "configMap",
        "emptyDir",
        "persistentVolumeClaim",
        "projected",
    ];
    let key = KNOWN.into_iter().find(|k| v.has(k)).or_else(|| {
        v.node.and_then(|n| n.as_map()).and_then(|m| {
            m.iter()
                .filter_map(|(k, _)| k.as_str())
                .find(|k| *k != "name")
        })
    });
    let source = match key {
        _ if v.is_bad() => VolumeSource::Other { key: "?".into() },
        Some("hostPath") => {
            let h = v.child(cx, "hostPath");
            VolumeSource::HostPath {
                path: h.req_string(cx, "path"),
                path_type: h.opt_string(cx, "type"),
            }
        }
        Some("secret") => {
            let s = v.child(cx, "secret");
            VolumeSource::Secret {
                secret_name: s.opt_string(cx, "secretName"),
                optional: s.bool(cx, "optional", false),
            }
        }
        Some("configMap") => VolumeSource::ConfigMap {
            name: v.child(cx, "configMap").opt_string(cx, "name"),
        },
        Some("emptyDir") => VolumeSource::EmptyDir {
            medium: v.child(cx, "emptyDir").opt_string(cx, "medium"),
        },
        Some("persistentVolumeClaim") => {
            let p = v.child(cx, "persistentVolumeClaim");
            VolumeSource::PersistentVolumeClaim {
                claim_name: p.opt_string(cx, "claimName"),
                read_only: p.bool(cx, "readOnly", false),
            }
        }
        Some("projected") => VolumeSource::Projected {
            sources: v
                .child(cx, "projected")
                .items(cx, "sources")
                .iter()
                .map(|s| {
                    let kind = s
                        .node
                        .and_then(|n| n.as_map())
                        .and_then(|m| m.first())
                        .and_then(|(k, _)| k.as_str())
                        .unwrap_or("?");
                    let name = if matches!(kind, "secret" | "configMap") {
                        s.child(cx, kind).opt_string(cx, "name")
                    } else if let Some(r) = &s.bad {
                        Value::unknown(r.clone(), s.origin.clone())
                    } else {
                        Value::defaulted(None, s.origin.clone())
                    };
                    ProjectedSource {
                        kind: kind.to_string(),
                        name,
                        origin: s.origin.clone(),
                    }
                })
                .collect(),
        },
        Some(other) => VolumeSource::Other {
            key: other.to_string(),
        },
        // No source at all: Kubernetes defaults the volume to an emptyDir.
        None => VolumeSource::EmptyDir {
            medium: Value::defaulted(None, v.origin.clone()),
        },
    };
    Volume {
        name: v.req_string(cx, "name"),
        source,
        origin: v.origin.clone(),
    }
}

/// A `seccompProfile` / `appArmorProfile` object; explicit at its `type`.
fn profile(cx: &Cx, p: &Obj) -> Value<Option<SeccompProfile>> {
    if let Some(r) = &p.bad {
        return Value::unknown(r.clone(), p.origin.clone());
    }
    if p.node.is_none() {
        return Value::defaulted(None, p.origin.clone());
    }
    let t = p.req_string(cx, "type");
    let lp = p.opt_string(cx, "localhostProfile");
    match (t.get(), lp.get()) {
        (Some(t_), Some(l)) => Value::explicit(
            Some(SeccompProfile {
                profile_type: t_.clone(),
                localhost_profile: l.clone(),
            }),
            t.origin,
        ),
        (None, _) => unknown_as(&t),
        (_, None) => unknown_as(&lp),
    }
}

fn selinux(cx: &Cx, o: &Obj) -> Value<Option<SeLinuxOptions>> {
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
        let v = o.opt_string(cx, key);
        match v.get() {
            Some(s) => *slot = s.clone(),
            None => return unknown_as(&v),
        }
    }
    Value::explicit(Some(out), o.origin.clone())
}

fn sysctls(cx: &Cx, sc: &Obj) -> Value<Vec<Sysctl>> {
    let slot = sc.slot("sysctls");
    if let Some(r) = slot.bad {
        return Value::unknown(r, slot.fallback);
    }
    let Some(n) = slot.present() else {
        return Value::defaulted(Vec::new(), slot.fallback);
    };
    let mut out = Vec::new();
    for item in sc.items(cx, "sysctls") {
        let name = item.req_string(cx, "name");
        let value = item.opt_string(cx, "value");
        match (name.get(), value.get()) {
            (Some(n), Some(v)) => out.push(Sysctl {
                name: n.clone(),
                value: v.clone().unwrap_or_default(),
            }),
            (None, _) => return unknown_as(&name),
            (_, None) => return unknown_as(&value),
        }
    }
    Value::explicit(out, cx.origin(n))
}
