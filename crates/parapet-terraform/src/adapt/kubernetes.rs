//! Kubernetes provider workloads (`kubernetes_deployment`, `kubernetes_pod`,
//! `kubernetes_daemonset`, `kubernetes_stateful_set`, `kubernetes_job`, `kubernetes_cron_job`,
//! their `_v1` forms) → the same [`Workload`] the YAML manifests fill.
//!
//! The provider's snake_case blocks map to the Kubernetes fields (`security_context {
//! run_as_non_root = true }` is `securityContext.runAsNonRoot`, repeated `container` blocks are
//! `containers`). The pod spec is mapped by [`parapet_model::k8s::fill`], as for the YAML
//! frontend, so defaults, the inheritance of the pod security context into containers and the
//! provenance are the same: a written value is explicit at its attribute, an absent one is
//! defaulted at the nearest enclosing block (or the resource header), an unresolved one is
//! unknown. What the provider sends differs (see `Provider`): unset strings are `""`,
//! `automount_service_account_token` is `true` when not written, and a written container
//! `security_context` sets `runAsNonRoot`.
//!
//! Nested blocks may come as a list of blocks (HCL, plan and state JSON) or as one object
//! (`.tf.json` without a schema); both are read.

use parapet_model::k8s::fill::{self, unknown_as, Fields};
use parapet_model::k8s::{
    Meta, ProjectedSource, StrMap, Volume, VolumeSource, Workload, WorkloadKind,
};
use parapet_model::{conv, Dyn, Node, Origin, State, Value};
use std::borrow::Cow;

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
            Ok(n) => conv::opt_bool(n, &self.origin),
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
    fill::workload(&Provider(top), kind, meta)
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

/// A block of a provider resource, read with Kubernetes' field names.
#[derive(Clone)]
struct Provider<'a>(Obj<'a>);

/// The provider's name of a Kubernetes field: snake_case, singular for repeated blocks
/// (`volumeMounts` is `volume_mount`).
fn snake(key: &'static str) -> Cow<'static, str> {
    Cow::Borrowed(match key {
        "containers" => "container",
        "initContainers" => "init_container",
        "ephemeralContainers" => "ephemeral_container",
        "ports" => "port",
        "volumes" => "volume",
        "volumeMounts" => "volume_mount",
        "sysctls" => "sysctl",
        "hostIP" => "host_ip",
        "hostPID" => "host_pid",
        "hostIPC" => "host_ipc",
        _ if !key.contains(|c: char| c.is_ascii_uppercase()) => key,
        _ => {
            let mut out = String::with_capacity(key.len() + 4);
            for c in key.chars() {
                if c.is_ascii_uppercase() {
                    out.push('_');
                    out.push(c.to_ascii_lowercase());
                } else {
                    out.push(c);
                }
            }
            return Cow::Owned(out);
        }
    })
}

impl Fields for Provider<'_> {
    const EMPTY_IS_UNSET: bool = true;
    // The provider sends `automountServiceAccountToken: true` unless told otherwise.
    const AUTOMOUNT_DEFAULT: Option<bool> = Some(true);

    fn spell(key: &'static str) -> Cow<'static, str> {
        snake(key)
    }

    fn origin(&self) -> &Origin {
        &self.0.origin
    }

    fn bad(&self) -> Option<&str> {
        self.0.bad.as_deref()
    }

    fn is_present(&self) -> bool {
        self.0.node.is_some()
    }

    fn has(&self, key: &'static str) -> bool {
        self.0.has(&snake(key))
    }

    fn written_at(&self, key: &'static str) -> Option<Origin> {
        self.0.get(&snake(key)).map(|n| n.origin.clone())
    }

    fn first_key(&self) -> Option<String> {
        self.0
            .node
            .and_then(Node::as_map)
            .and_then(|m| m.iter().find(|(_, v)| written(v)))
            .map(|(k, _)| camel(k))
    }

    fn child(&self, key: &'static str) -> Self {
        Provider(self.0.child(&snake(key)))
    }

    fn items(&self, key: &'static str) -> Vec<Self> {
        self.0
            .items(&snake(key))
            .into_iter()
            .map(Provider)
            .collect()
    }

    fn opt_bool(&self, key: &'static str) -> Value<Option<bool>> {
        self.0.opt_bool(&snake(key))
    }

    fn opt_int(&self, key: &'static str) -> Value<Option<i64>> {
        self.0.opt_int(&snake(key))
    }

    fn opt_string(&self, key: &'static str) -> Value<Option<String>> {
        self.0.opt_string(&snake(key))
    }

    fn req_string(&self, key: &'static str) -> Value<String> {
        self.0.req_string(&snake(key))
    }

    fn strings(&self, key: &'static str) -> Value<Vec<String>> {
        self.0.strings(&snake(key))
    }

    fn ints(&self, key: &'static str) -> Value<Vec<i64>> {
        self.0.ints(&snake(key))
    }

    fn str_map(&self, key: &'static str) -> Value<StrMap> {
        self.0.str_map(&snake(key))
    }

    fn present(&self, key: &'static str) -> Value<bool> {
        self.0.present(&snake(key))
    }

    fn names(&self, key: &'static str) -> Value<Vec<String>> {
        names(&self.0, &snake(key))
    }

    fn volume(&self) -> Volume {
        volume(&self.0)
    }

    /// A written container `security_context` without `run_as_non_root` is sent by the
    /// provider as `runAsNonRoot: false`, which overrides the pod's setting.
    fn run_as_non_root_sent(sc: &Self) -> Option<Value<Option<bool>>> {
        (sc.0.node.is_some() && matches!(sc.0.attr("run_as_non_root"), Ok(None)))
            .then(|| Value::defaulted(Some(false), sc.0.origin.clone()))
    }
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

#[cfg(test)]
mod tests {
    #[test]
    fn kubernetes_field_names_are_spelled_as_the_provider_spells_them() {
        for (field, attribute) in [
            ("runAsNonRoot", "run_as_non_root"),
            ("seLinuxOptions", "se_linux_options"),
            ("jobTemplate", "job_template"),
            ("volumeMounts", "volume_mount"),
            ("hostIP", "host_ip"),
            ("hostPID", "host_pid"),
            ("ephemeral-storage", "ephemeral-storage"),
            ("name", "name"),
        ] {
            assert_eq!(super::snake(field), attribute);
        }
    }
}
