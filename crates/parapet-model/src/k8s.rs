//! Kubernetes types.
//!
//! Every workload kind (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
//! ReplicationController, Job, CronJob) becomes one [`Workload`] with one normalized
//! [`PodSpec`]. Each container carries its *effective* security settings: where Kubernetes lets a
//! container inherit a pod-level setting, the container's own value wins, else the pod's; the
//! value's origin is wherever the effective value was written. Every frontend fills a workload
//! through [`fill`], so the mapping is the same whatever the input.
//!
//! Other kinds the security rules need have their own types: [`Role`] (Role and ClusterRole),
//! [`RoleBinding`] (RoleBinding and ClusterRoleBinding), [`ServiceAccount`], [`Service`],
//! [`Ingress`], [`NetworkPolicy`], [`Namespace`], [`Secret`] (key names only, never values),
//! [`ConfigMap`], [`PodDisruptionBudget`] and [`HorizontalPodAutoscaler`].
//!
//! Provenance: a written field is `Explicit` with the origin of its YAML node; an absent field is
//! `Defaulted` (Kubernetes' documented default, or `None` / empty when there is none) with the
//! origin of the nearest enclosing object that would hold it (the security context, container,
//! pod spec, or the resource header); a field that cannot be known (wrong type, an unrendered
//! `{{ }}` / `${ }` template, an image reference that is a placeholder) is `Unknown`.
//! A list of objects that is itself unknown (e.g. `containers: ${X}`) is represented by one
//! element whose fields are all unknown, so rules Skip rather than Pass.

use crate::span::Origin;
use crate::value::Value;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

pub mod fill;

/// A map of strings with a provenance per entry (labels, annotations).
pub type StrMap = IndexMap<String, Value<String>>;

/// A plain map of strings (selectors).
pub type StringMap = IndexMap<String, String>;

/// Header of every Kubernetes object.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub api_version: String,
    pub kind: String,
    /// `metadata.name`; unknown when absent (e.g. `generateName`).
    pub name: Value<String>,
    /// `Some` for namespaced kinds (defaulted `default` when not written), `None` for
    /// cluster-scoped kinds.
    pub namespace: Value<Option<String>>,
    pub labels: Value<StrMap>,
    pub annotations: Value<StrMap>,
    /// The `kind:` value (the resource header).
    pub origin: Origin,
}

impl Meta {
    pub fn name_str(&self) -> Option<&str> {
        self.name.get().map(String::as_str)
    }

    pub fn namespace_str(&self) -> Option<&str> {
        self.namespace.get().and_then(|n| n.as_deref())
    }

    pub fn label(&self, key: &str) -> Option<&Value<String>> {
        self.labels.get().and_then(|m| m.get(key))
    }

    pub fn annotation(&self, key: &str) -> Option<&Value<String>> {
        self.annotations.get().and_then(|m| m.get(key))
    }
}

/// The known values of a [`StrMap`] (unknown entries left out).
pub fn known_strings(m: &Value<StrMap>) -> StringMap {
    m.get()
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| v.get().map(|v| (k.clone(), v.clone())))
                .collect()
        })
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Workloads
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WorkloadKind {
    Pod,
    Deployment,
    StatefulSet,
    DaemonSet,
    ReplicaSet,
    ReplicationController,
    Job,
    CronJob,
}

impl WorkloadKind {
    pub const ALL: [WorkloadKind; 8] = [
        WorkloadKind::Pod,
        WorkloadKind::Deployment,
        WorkloadKind::StatefulSet,
        WorkloadKind::DaemonSet,
        WorkloadKind::ReplicaSet,
        WorkloadKind::ReplicationController,
        WorkloadKind::Job,
        WorkloadKind::CronJob,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WorkloadKind::Pod => "Pod",
            WorkloadKind::Deployment => "Deployment",
            WorkloadKind::StatefulSet => "StatefulSet",
            WorkloadKind::DaemonSet => "DaemonSet",
            WorkloadKind::ReplicaSet => "ReplicaSet",
            WorkloadKind::ReplicationController => "ReplicationController",
            WorkloadKind::Job => "Job",
            WorkloadKind::CronJob => "CronJob",
        }
    }

    pub fn parse(kind: &str) -> Option<WorkloadKind> {
        WorkloadKind::ALL.into_iter().find(|k| k.as_str() == kind)
    }

    /// Whether the kind has `spec.replicas` (default 1).
    pub fn has_replicas(self) -> bool {
        matches!(
            self,
            WorkloadKind::Deployment
                | WorkloadKind::StatefulSet
                | WorkloadKind::ReplicaSet
                | WorkloadKind::ReplicationController
        )
    }
}

/// Any workload kind, normalized to the pods it runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workload {
    pub kind: WorkloadKind,
    pub meta: Meta,
    /// Labels of the pods it runs: the pod template's (a Pod's own labels for a Pod).
    pub pod_labels: Value<StrMap>,
    /// Annotations of the pods it runs (AppArmor and legacy seccomp annotations live here).
    pub pod_annotations: Value<StrMap>,
    /// `spec.replicas` (defaulted 1) for Deployment, StatefulSet, ReplicaSet and
    /// ReplicationController; defaulted `None` for the other kinds.
    pub replicas: Value<Option<i64>>,
    pub pod: PodSpec,
}

impl Workload {
    pub fn origin(&self) -> &Origin {
        &self.meta.origin
    }

    /// Names of the Secrets the pods mount, read through env/envFrom, or pull images with.
    pub fn secret_refs(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for v in &self.pod.volumes {
            match &v.source {
                VolumeSource::Secret { secret_name, .. } => {
                    push_unique(&mut out, opt_str(secret_name))
                }
                VolumeSource::Projected { sources } => {
                    for s in sources.iter().filter(|s| s.kind == "secret") {
                        push_unique(&mut out, opt_str(&s.name));
                    }
                }
                _ => {}
            }
        }
        for c in &self.pod.containers {
            for e in &c.env {
                if let EnvSource::SecretKeyRef(r) = &e.source {
                    push_unique(&mut out, opt_str(&r.name));
                }
            }
            for e in c.env_from.iter().filter(|e| e.source == "secretRef") {
                push_unique(&mut out, opt_str(&e.name));
            }
        }
        if let Some(list) = self.pod.image_pull_secrets.get() {
            for s in list {
                push_unique(&mut out, Some(s.as_str()));
            }
        }
        out
    }

    /// Names of the ConfigMaps the pods mount or read through env/envFrom.
    pub fn config_map_refs(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for v in &self.pod.volumes {
            match &v.source {
                VolumeSource::ConfigMap { name } => push_unique(&mut out, opt_str(name)),
                VolumeSource::Projected { sources } => {
                    for s in sources.iter().filter(|s| s.kind == "configMap") {
                        push_unique(&mut out, opt_str(&s.name));
                    }
                }
                _ => {}
            }
        }
        for c in &self.pod.containers {
            for e in &c.env {
                if let EnvSource::ConfigMapKeyRef(r) = &e.source {
                    push_unique(&mut out, opt_str(&r.name));
                }
            }
            for e in c.env_from.iter().filter(|e| e.source == "configMapRef") {
                push_unique(&mut out, opt_str(&e.name));
            }
        }
        out
    }
}

fn push_unique<'a>(out: &mut Vec<&'a str>, s: Option<&'a str>) {
    if let Some(s) = s {
        if !out.contains(&s) {
            out.push(s);
        }
    }
}

fn opt_str(v: &Value<Option<String>>) -> Option<&str> {
    v.get().and_then(|s| s.as_deref())
}

/// The pod spec every workload kind runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PodSpec {
    pub host_network: Value<bool>,
    pub host_pid: Value<bool>,
    pub host_ipc: Value<bool>,
    /// `hostUsers` (default true: no user namespace).
    pub host_users: Value<bool>,
    pub share_process_namespace: Value<bool>,
    /// `serviceAccountName` (or the deprecated `serviceAccount`), defaulted `default`.
    pub service_account_name: Value<String>,
    /// `None` when not set on the pod: the ServiceAccount's setting applies, else `true`.
    pub automount_service_account_token: Value<Option<bool>>,
    pub runtime_class_name: Value<Option<String>>,
    pub priority_class_name: Value<Option<String>>,
    pub image_pull_secrets: Value<Vec<String>>,
    pub security_context: PodSecurityContext,
    pub volumes: Vec<Volume>,
    /// Containers of all groups (`containers`, `initContainers`, `ephemeralContainers`).
    pub containers: Vec<Container>,
    /// The pod spec node (or, when absent, the nearest enclosing object).
    pub origin: Origin,
}

/// The pod-level `securityContext` as written (containers carry the effective values).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PodSecurityContext {
    pub run_as_non_root: Value<Option<bool>>,
    pub run_as_user: Value<Option<i64>>,
    pub run_as_group: Value<Option<i64>>,
    pub fs_group: Value<Option<i64>>,
    pub supplemental_groups: Value<Vec<i64>>,
    /// The field, else the legacy `seccomp.security.alpha.kubernetes.io/pod` annotation.
    pub seccomp_profile: Value<Option<SeccompProfile>>,
    pub se_linux_options: Value<Option<SeLinuxOptions>>,
    pub app_armor_profile: Value<Option<AppArmorProfile>>,
    pub sysctls: Value<Vec<Sysctl>>,
    pub windows_host_process: Value<Option<bool>>,
    pub origin: Origin,
}

/// A seccomp or AppArmor profile: `RuntimeDefault`, `Unconfined` or `Localhost`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeccompProfile {
    #[serde(rename = "type")]
    pub profile_type: String,
    pub localhost_profile: Option<String>,
}

impl SeccompProfile {
    pub fn is_unconfined(&self) -> bool {
        self.profile_type == "Unconfined"
    }
}

pub type AppArmorProfile = SeccompProfile;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SeLinuxOptions {
    pub user: Option<String>,
    pub role: Option<String>,
    #[serde(rename = "type")]
    pub selinux_type: Option<String>,
    pub level: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sysctl {
    pub name: String,
    pub value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ContainerGroup {
    Containers,
    InitContainers,
    EphemeralContainers,
}

impl ContainerGroup {
    pub const ALL: [ContainerGroup; 3] = [
        ContainerGroup::Containers,
        ContainerGroup::InitContainers,
        ContainerGroup::EphemeralContainers,
    ];

    /// The pod spec key.
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerGroup::Containers => "containers",
            ContainerGroup::InitContainers => "initContainers",
            ContainerGroup::EphemeralContainers => "ephemeralContainers",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Container {
    pub group: ContainerGroup,
    pub name: Value<String>,
    /// The parsed image reference; unknown when it is not a valid reference (a placeholder
    /// such as `${IMAGE}` or `REGION-docker.pkg.dev/PROJECT_ID/...`).
    pub image: Value<Option<Image>>,
    /// As written, else Kubernetes' default: `Always` when the tag is `latest` or there is
    /// neither tag nor digest, else `IfNotPresent` (defaulted, at the container).
    pub image_pull_policy: Value<String>,
    pub security_context: SecurityContext,
    pub ports: Vec<ContainerPort>,
    pub env: Vec<EnvVar>,
    pub env_from: Vec<EnvFrom>,
    pub resources: Resources,
    pub liveness_probe: Value<bool>,
    pub readiness_probe: Value<bool>,
    pub startup_probe: Value<bool>,
    pub volume_mounts: Vec<VolumeMount>,
    pub origin: Origin,
}

/// A container's effective security settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SecurityContext {
    // Inherited from the pod when the container does not set them.
    pub run_as_non_root: Value<Option<bool>>,
    pub run_as_user: Value<Option<i64>>,
    pub run_as_group: Value<Option<i64>>,
    /// Field or legacy annotation, container before pod.
    pub seccomp_profile: Value<Option<SeccompProfile>>,
    pub se_linux_options: Value<Option<SeLinuxOptions>>,
    /// Field or `container.apparmor.security.beta.kubernetes.io/<name>` annotation, container
    /// before pod.
    pub app_armor_profile: Value<Option<AppArmorProfile>>,
    pub windows_host_process: Value<Option<bool>>,
    // Container-only.
    pub privileged: Value<bool>,
    /// Defaulted `true`: without the setting, `no_new_privs` is not set.
    pub allow_privilege_escalation: Value<bool>,
    pub read_only_root_filesystem: Value<bool>,
    pub capabilities_add: Value<Vec<String>>,
    pub capabilities_drop: Value<Vec<String>>,
    /// `Default` or `Unmasked`.
    pub proc_mount: Value<String>,
    /// The container's `securityContext` node, else the container.
    pub origin: Origin,
}

/// A container image reference: `[registry/]repository[:tag][@digest]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Image {
    /// As written.
    pub reference: String,
    /// The registry host when written (`gcr.io`, `localhost:5000`); `None` means Docker Hub.
    pub registry: Option<String>,
    /// The path without the registry (`library/nginx` is written `nginx`).
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl Image {
    /// Parses a reference per the distribution reference grammar.
    pub fn parse(s: &str) -> Result<Image, String> {
        let bad = |why: &str| Err(format!("`{s}` is not a valid image reference: {why}"));
        if s.is_empty() {
            return bad("empty");
        }
        if s.contains('$') || s.contains("{{") || s.contains('<') {
            return bad("it is a placeholder");
        }
        let (rest, digest) = match s.split_once('@') {
            Some((r, d)) => {
                let ok = d.split_once(':').is_some_and(|(alg, hex)| {
                    !alg.is_empty()
                        && alg
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b"+._-".contains(&b))
                        && hex.len() >= 32
                        && hex.bytes().all(|b| b.is_ascii_hexdigit())
                });
                if !ok {
                    return bad("malformed digest");
                }
                (r, Some(d.to_string()))
            }
            None => (s, None),
        };
        let last_slash = rest.rfind('/').map(|i| i + 1).unwrap_or(0);
        let (name, tag) = match rest[last_slash..].rfind(':') {
            Some(i) => {
                let t = &rest[last_slash + i + 1..];
                let ok = !t.is_empty()
                    && t.len() <= 128
                    && (t.as_bytes()[0].is_ascii_alphanumeric() || t.as_bytes()[0] == b'_')
                    && t.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b));
                if !ok {
                    return bad("malformed tag");
                }
                (&rest[..last_slash + i], Some(t.to_string()))
            }
            None => (rest, None),
        };
        let (registry, path) = match name.split_once('/') {
            Some((first, p))
                if first.contains('.')
                    || first.contains(':')
                    || first == "localhost"
                    || first.bytes().any(|b| b.is_ascii_uppercase()) =>
            {
                let host_ok = first
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
                if !host_ok {
                    return bad("malformed registry");
                }
                (Some(first.to_string()), p)
            }
            _ => (None, name),
        };
        let comp_ok = |c: &str| {
            !c.is_empty()
                && c.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
                && c.as_bytes()[0].is_ascii_alphanumeric()
                && c.as_bytes()[c.len() - 1].is_ascii_alphanumeric()
        };
        if !path.split('/').all(comp_ok) {
            return bad("malformed repository");
        }
        Ok(Image {
            reference: s.to_string(),
            registry,
            repository: path.to_string(),
            tag,
            digest,
        })
    }

    /// The tag is `latest`.
    pub fn tag_is_latest(&self) -> bool {
        self.tag.as_deref() == Some("latest")
    }

    /// What Kubernetes treats as `latest`: the tag `latest`, or neither tag nor digest.
    pub fn is_latest(&self) -> bool {
        self.tag_is_latest() || (self.tag.is_none() && self.digest.is_none())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContainerPort {
    pub name: Value<Option<String>>,
    pub container_port: Value<Option<i64>>,
    pub host_port: Value<Option<i64>>,
    pub host_ip: Value<Option<String>>,
    /// Defaulted `TCP`.
    pub protocol: Value<String>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EnvVar {
    pub name: Value<String>,
    pub source: EnvSource,
    pub origin: Origin,
}

/// Where an environment variable's value comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnvSource {
    /// A literal `value` (defaulted empty when neither `value` nor `valueFrom` is written).
    Literal(Value<String>),
    SecretKeyRef(KeyRef),
    ConfigMapKeyRef(KeyRef),
    /// `fieldRef.fieldPath`.
    FieldRef(Value<String>),
    /// `resourceFieldRef.resource`.
    ResourceFieldRef(Value<String>),
    /// Another or an unreadable `valueFrom`.
    Other(Value<String>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyRef {
    pub name: Value<Option<String>>,
    pub key: Value<Option<String>>,
    pub optional: Value<bool>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EnvFrom {
    /// `secretRef` or `configMapRef` (or the key found).
    pub source: String,
    pub name: Value<Option<String>>,
    pub prefix: Value<Option<String>>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resources {
    /// When a request is not written but the limit is, Kubernetes defaults the request to
    /// the limit (defaulted, at the limit).
    pub requests: ResourceList,
    pub limits: ResourceList,
    pub origin: Origin,
}

/// Quantities as written (`500m`, `1Gi`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResourceList {
    pub cpu: Value<Option<String>>,
    pub memory: Value<Option<String>>,
    pub ephemeral_storage: Value<Option<String>>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VolumeMount {
    pub name: Value<String>,
    pub mount_path: Value<String>,
    pub read_only: Value<bool>,
    pub sub_path: Value<Option<String>>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Volume {
    pub name: Value<String>,
    pub source: VolumeSource,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum VolumeSource {
    HostPath {
        path: Value<String>,
        /// `hostPath.type`.
        path_type: Value<Option<String>>,
    },
    Secret {
        secret_name: Value<Option<String>>,
        optional: Value<bool>,
    },
    ConfigMap {
        name: Value<Option<String>>,
    },
    /// Also what Kubernetes defaults a volume without any source to.
    EmptyDir {
        medium: Value<Option<String>>,
    },
    PersistentVolumeClaim {
        claim_name: Value<Option<String>>,
        read_only: Value<bool>,
    },
    Projected {
        sources: Vec<ProjectedSource>,
    },
    /// Any other source, by its key (`nfs`, `csi`, `downwardAPI`, ...); `?` when unknown.
    Other {
        key: String,
    },
}

impl VolumeSource {
    /// The pod spec key of the source (`hostPath`, `secret`, ...).
    pub fn kind(&self) -> &str {
        match self {
            VolumeSource::HostPath { .. } => "hostPath",
            VolumeSource::Secret { .. } => "secret",
            VolumeSource::ConfigMap { .. } => "configMap",
            VolumeSource::EmptyDir { .. } => "emptyDir",
            VolumeSource::PersistentVolumeClaim { .. } => "persistentVolumeClaim",
            VolumeSource::Projected { .. } => "projected",
            VolumeSource::Other { key } => key,
        }
    }
}

/// One source of a projected volume.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectedSource {
    /// `secret`, `configMap`, `serviceAccountToken`, `downwardAPI`, `clusterTrustBundle`.
    pub kind: String,
    /// The Secret's or ConfigMap's name.
    pub name: Value<Option<String>>,
    pub origin: Origin,
}

// ---------------------------------------------------------------------------------------------
// Selectors
// ---------------------------------------------------------------------------------------------

/// A label selector (`matchLabels` + `matchExpressions`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelSelector {
    pub match_labels: Value<StringMap>,
    pub match_expressions: Value<Vec<LabelSelectorRequirement>>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelSelectorRequirement {
    pub key: String,
    /// `In`, `NotIn`, `Exists`, `DoesNotExist`.
    pub operator: String,
    pub values: Vec<String>,
}

impl LabelSelector {
    /// Whether the selector selects objects with these labels; `None` when the selector is
    /// not known. An empty selector selects everything.
    pub fn matches(&self, labels: &StringMap) -> Option<bool> {
        let ml = self.match_labels.get()?;
        let me = self.match_expressions.get()?;
        if !ml.iter().all(|(k, v)| labels.get(k) == Some(v)) {
            return Some(false);
        }
        for r in me {
            let have = labels.get(&r.key);
            let ok = match r.operator.as_str() {
                "In" => have.is_some_and(|v| r.values.contains(v)),
                "NotIn" => have.is_none_or(|v| !r.values.contains(v)),
                "Exists" => have.is_some(),
                "DoesNotExist" => have.is_none(),
                _ => return None,
            };
            if !ok {
                return Some(false);
            }
        }
        Some(true)
    }

    /// Whether the selector is known to be empty (selects everything).
    pub fn is_empty(&self) -> bool {
        matches!(self.match_labels.get(), Some(m) if m.is_empty())
            && matches!(self.match_expressions.get(), Some(e) if e.is_empty())
    }
}

// ---------------------------------------------------------------------------------------------
// RBAC
// ---------------------------------------------------------------------------------------------

/// A Role or a ClusterRole (`meta.kind` tells which).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub meta: Meta,
    /// ClusterRole.
    pub cluster: bool,
    pub rules: Vec<PolicyRule>,
    /// A ClusterRole with an `aggregationRule` (its rules are filled in by the controller).
    pub aggregated: Value<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyRule {
    pub api_groups: Value<Vec<String>>,
    pub resources: Value<Vec<String>>,
    pub verbs: Value<Vec<String>>,
    pub resource_names: Value<Vec<String>>,
    pub non_resource_urls: Value<Vec<String>>,
    pub origin: Origin,
}

/// A RoleBinding or a ClusterRoleBinding (`meta.kind` tells which).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleBinding {
    pub meta: Meta,
    /// ClusterRoleBinding.
    pub cluster: bool,
    pub role_ref: RoleRef,
    pub subjects: Vec<Subject>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleRef {
    pub api_group: Value<String>,
    /// `Role` or `ClusterRole`.
    pub kind: Value<String>,
    pub name: Value<String>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Subject {
    /// `ServiceAccount`, `User` or `Group`.
    pub kind: Value<String>,
    pub name: Value<String>,
    /// For a ServiceAccount of a RoleBinding, defaulted to the binding's namespace.
    pub namespace: Value<Option<String>>,
    pub api_group: Value<Option<String>>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceAccount {
    pub meta: Meta,
    /// `None` when not written (tokens are mounted unless a pod opts out).
    pub automount_service_account_token: Value<Option<bool>>,
    pub secrets: Value<Vec<String>>,
    pub image_pull_secrets: Value<Vec<String>>,
}

// ---------------------------------------------------------------------------------------------
// Networking
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub meta: Meta,
    /// Defaulted `ClusterIP`.
    pub service_type: Value<String>,
    pub ports: Vec<ServicePort>,
    /// Empty when the Service selects no pods.
    pub selector: Value<StringMap>,
    pub cluster_ip: Value<Option<String>>,
    pub external_ips: Value<Vec<String>>,
    pub external_name: Value<Option<String>>,
    pub load_balancer_source_ranges: Value<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServicePort {
    pub name: Value<Option<String>>,
    pub port: Value<Option<i64>>,
    /// A number or a named port, as text.
    pub target_port: Value<Option<String>>,
    pub node_port: Value<Option<i64>>,
    /// Defaulted `TCP`.
    pub protocol: Value<String>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ingress {
    pub meta: Meta,
    pub ingress_class_name: Value<Option<String>>,
    /// Whether a `tls` section with at least one entry is written.
    pub tls: Value<bool>,
    pub tls_hosts: Value<Vec<String>>,
    /// Hosts of the rules.
    pub hosts: Value<Vec<String>>,
    /// Services the rules and default backend route to.
    pub backend_services: Value<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkPolicy {
    pub meta: Meta,
    pub pod_selector: LabelSelector,
    /// As written, else Kubernetes' default: `Ingress`, plus `Egress` when egress rules exist.
    pub policy_types: Value<Vec<String>>,
    pub ingress: Vec<NetworkPolicyRule>,
    pub egress: Vec<NetworkPolicyRule>,
}

impl NetworkPolicy {
    pub fn applies_to_ingress(&self) -> Option<bool> {
        self.policy_types
            .get()
            .map(|t| t.iter().any(|t| t == "Ingress"))
    }

    pub fn applies_to_egress(&self) -> Option<bool> {
        self.policy_types
            .get()
            .map(|t| t.iter().any(|t| t == "Egress"))
    }
}

/// One ingress (`from`) or egress (`to`) rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkPolicyRule {
    /// No peers means every peer.
    pub peers: Vec<NetworkPolicyPeer>,
    /// No ports means every port.
    pub ports: Vec<NetworkPolicyPort>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkPolicyPeer {
    pub pod_selector: Option<LabelSelector>,
    pub namespace_selector: Option<LabelSelector>,
    pub ip_block_cidr: Value<Option<String>>,
    pub ip_block_except: Value<Vec<String>>,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkPolicyPort {
    /// Defaulted `TCP`.
    pub protocol: Value<String>,
    /// A number or a named port, as text; `None` means all ports.
    pub port: Value<Option<String>>,
    pub end_port: Value<Option<i64>>,
    pub origin: Origin,
}

// ---------------------------------------------------------------------------------------------
// Namespaces, configuration, availability
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Namespace {
    pub meta: Meta,
    pub pod_security: PodSecurityLabels,
}

/// The `pod-security.kubernetes.io/*` labels of a namespace (`privileged`, `baseline`,
/// `restricted`); each defaulted `None` at the labels (or header) when absent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PodSecurityLabels {
    pub enforce: Value<Option<String>>,
    pub enforce_version: Value<Option<String>>,
    pub audit: Value<Option<String>>,
    pub audit_version: Value<Option<String>>,
    pub warn: Value<Option<String>>,
    pub warn_version: Value<Option<String>>,
}

/// A Secret: the names of its keys, never their values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Secret {
    pub meta: Meta,
    /// Defaulted `Opaque`.
    pub secret_type: Value<String>,
    /// Keys of `data` and `stringData`.
    pub keys: Value<Vec<String>>,
    pub immutable: Value<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConfigMap {
    pub meta: Meta,
    /// Keys of `data` and `binaryData`.
    pub keys: Value<Vec<String>>,
    pub immutable: Value<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PodDisruptionBudget {
    pub meta: Meta,
    pub selector: LabelSelector,
    /// A number or a percentage, as text.
    pub min_available: Value<Option<String>>,
    pub max_unavailable: Value<Option<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HorizontalPodAutoscaler {
    pub meta: Meta,
    pub target_api_version: Value<Option<String>>,
    pub target_kind: Value<String>,
    pub target_name: Value<String>,
    /// Defaulted 1.
    pub min_replicas: Value<i64>,
    pub max_replicas: Value<Option<i64>>,
}

/// Whether an address (`<apiVersion>/<Kind>/...`) is that of a custom resource: its API group
/// is a domain outside Kubernetes' own `*.k8s.io` groups.
pub fn is_custom_resource(address: &str) -> bool {
    let mut parts = address.split('/');
    match (parts.next(), parts.next()) {
        (Some(group), Some(_)) if group.contains('.') => {
            !(group.ends_with(".k8s.io") || group == "k8s.io")
        }
        _ => false,
    }
}
