//! Kubernetes manifests → the normalized model.
//!
//! Invariants:
//! - Never panics, never prints. A broken YAML document is an error diagnostic; its sibling
//!   documents are still adapted. A malformed field becomes an `Unknown` value, never a guess.
//! - All workload kinds (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
//!   ReplicationController, Job, CronJob) become one [`k8s::Workload`] with one pod spec.
//! - Documents that are not Kubernetes objects (kustomization, Skaffold, Cloud Build, plain
//!   configuration) are skipped without a word; unknown kinds (CRD instances) are listed as
//!   `Config::Unmodelled` resources.
//! - This crate knows no rule.
//!
//! The engine calls [`is_manifest`], [`load_manifests`] (one file) and [`link`] (the whole
//! scan). [`adapt_object`] returns the typed object of every supported kind.
//!
//! Every supported kind has its own `Config` variant (`Config::K8sRole`, `Config::K8sService`,
//! ...); [`link`] reads them.

mod cx;
mod link;
mod objects;
mod scope;
mod workload;

pub use link::{group_keys, link, partition};

use cx::{Cx, Obj};
use parapet_model::k8s::{self, Meta};
use parapet_model::{Config, Diagnostic, FileRef, Format, LineIndex, Origin, Resource, Unit};
use parapet_yaml::{Document, LoadError, YNode};
use scope::Known;
use std::sync::Arc;

/// A Kubernetes object adapted into the model.
#[derive(Clone, Debug, PartialEq)]
pub enum K8sObject {
    Workload(Box<k8s::Workload>),
    /// Role or ClusterRole.
    Role(Box<k8s::Role>),
    /// RoleBinding or ClusterRoleBinding.
    RoleBinding(Box<k8s::RoleBinding>),
    ServiceAccount(Box<k8s::ServiceAccount>),
    Service(Box<k8s::Service>),
    Ingress(Box<k8s::Ingress>),
    NetworkPolicy(Box<k8s::NetworkPolicy>),
    Namespace(Box<k8s::Namespace>),
    Secret(Box<k8s::Secret>),
    ConfigMap(Box<k8s::ConfigMap>),
    PodDisruptionBudget(Box<k8s::PodDisruptionBudget>),
    HorizontalPodAutoscaler(Box<k8s::HorizontalPodAutoscaler>),
    /// Any other object (CRD instances, kinds the model does not type).
    Other(Box<Meta>),
    /// A `List` (or `<Kind>List`), its items adapted.
    List(Vec<K8sObject>),
    /// Not a Kubernetes object.
    NotAnObject,
}

impl K8sObject {
    /// The object's header (`None` for lists and non-objects).
    pub fn meta(&self) -> Option<&Meta> {
        Some(match self {
            K8sObject::Workload(x) => &x.meta,
            K8sObject::Role(x) => &x.meta,
            K8sObject::RoleBinding(x) => &x.meta,
            K8sObject::ServiceAccount(x) => &x.meta,
            K8sObject::Service(x) => &x.meta,
            K8sObject::Ingress(x) => &x.meta,
            K8sObject::NetworkPolicy(x) => &x.meta,
            K8sObject::Namespace(x) => &x.meta,
            K8sObject::Secret(x) => &x.meta,
            K8sObject::ConfigMap(x) => &x.meta,
            K8sObject::PodDisruptionBudget(x) => &x.meta,
            K8sObject::HorizontalPodAutoscaler(x) => &x.meta,
            K8sObject::Other(m) => m,
            K8sObject::List(_) | K8sObject::NotAnObject => return None,
        })
    }

    /// The objects, with lists flattened.
    pub fn flatten(self) -> Vec<K8sObject> {
        match self {
            K8sObject::List(items) => items.into_iter().flat_map(K8sObject::flatten).collect(),
            K8sObject::NotAnObject => Vec::new(),
            o => vec![o],
        }
    }

    /// The model configuration of the object. Kinds without a `Config` variant yet are
    /// `Unmodelled`; when the variants exist this is one line per kind, e.g.
    /// `K8sObject::Role(r) => Config::K8sRole(r)`.
    pub fn into_config(self) -> Config {
        match self {
            K8sObject::Workload(w) => Config::Workload(w),
            K8sObject::Role(x) => Config::K8sRole(x),
            K8sObject::RoleBinding(x) => Config::K8sRoleBinding(x),
            K8sObject::ServiceAccount(x) => Config::K8sServiceAccount(x),
            K8sObject::Service(x) => Config::K8sService(x),
            K8sObject::Ingress(x) => Config::K8sIngress(x),
            K8sObject::NetworkPolicy(x) => Config::K8sNetworkPolicy(x),
            K8sObject::Namespace(x) => Config::K8sNamespace(x),
            K8sObject::Secret(x) => Config::K8sSecret(x),
            K8sObject::ConfigMap(x) => Config::K8sConfigMap(x),
            K8sObject::PodDisruptionBudget(x) => Config::K8sPodDisruptionBudget(x),
            K8sObject::HorizontalPodAutoscaler(x) => Config::K8sHorizontalPodAutoscaler(x),
            _ => Config::Unmodelled,
        }
    }
}

/// `apiVersion` and `kind`, when both are non-empty scalars.
fn header(doc: &YNode) -> Option<(&str, &str)> {
    let text = |k: &str| {
        cx::raw_text(doc.get(k))
            .map(str::trim)
            .filter(|s| !s.is_empty() && !cx::is_template(s))
    };
    Some((text("apiVersion")?, text("kind")?))
}

fn is_list(api_version: &str, kind: &str, doc: &YNode) -> bool {
    (kind == "List" && scope::group(api_version).is_empty())
        || (kind.len() > 4 && kind.ends_with("List") && doc.get("items").is_some())
}

/// Whether a document is a Kubernetes object (`apiVersion` and `kind` scalars at the top; a
/// `List` counts). Configuration files of tools that have both (Kustomize, Skaffold, kind,
/// kubeadm, kubeconfig, component configs) are not objects.
pub fn is_manifest(doc: &YNode) -> bool {
    header(doc).is_some_and(|(a, k)| !scope::is_tool_config(a, k))
}

/// Adapts one object (a document's root, or a `List` item) into its typed model.
pub fn adapt_object(file: &FileRef, idx: &LineIndex, obj: &YNode) -> K8sObject {
    let cx = Cx { file, idx };
    adapt(&cx, obj, None)
}

fn adapt(cx: &Cx, obj: &YNode, defaults: Option<(&str, &str)>) -> K8sObject {
    let (api, kind) = match (header(obj), defaults) {
        (Some(h), _) => h,
        (None, Some(d)) if obj.as_map().is_some() => {
            // An item of a typed list (`PodList`) may leave its header out.
            let text = |k: &str| {
                cx::raw_text(obj.get(k))
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            };
            (
                text("apiVersion").unwrap_or(d.0),
                text("kind").unwrap_or(d.1),
            )
        }
        _ => return K8sObject::NotAnObject,
    };
    if scope::is_tool_config(api, kind) {
        return K8sObject::NotAnObject;
    }
    if is_list(api, kind, obj) {
        let item_kind = kind.strip_suffix("List").filter(|k| !k.is_empty());
        let items = obj
            .get("items")
            .and_then(|i| i.as_seq())
            .unwrap_or_default();
        return K8sObject::List(
            items
                .iter()
                .map(|i| adapt(cx, i, item_kind.map(|k| (api, k))))
                .filter(|o| *o != K8sObject::NotAnObject)
                .collect(),
        );
    }
    let header_origin = match obj.get("kind") {
        Some(k) => cx.origin(k),
        None => cx.origin_at(obj.start),
    };
    let top = Obj::with_origin(obj, header_origin);
    match scope::known(api, kind) {
        Some(Known::Workload(w)) => {
            K8sObject::Workload(Box::new(workload::workload(cx, &top, api, w)))
        }
        Some(Known::Role) => K8sObject::Role(Box::new(objects::role(cx, &top, api, kind))),
        Some(Known::RoleBinding) => {
            K8sObject::RoleBinding(Box::new(objects::role_binding(cx, &top, api, kind)))
        }
        Some(Known::ServiceAccount) => {
            K8sObject::ServiceAccount(Box::new(objects::service_account(cx, &top, api)))
        }
        Some(Known::Service) => K8sObject::Service(Box::new(objects::service(cx, &top, api))),
        Some(Known::Ingress) => K8sObject::Ingress(Box::new(objects::ingress(cx, &top, api))),
        Some(Known::NetworkPolicy) => {
            K8sObject::NetworkPolicy(Box::new(objects::network_policy(cx, &top, api)))
        }
        Some(Known::Namespace) => K8sObject::Namespace(Box::new(objects::namespace(cx, &top, api))),
        Some(Known::Secret) => K8sObject::Secret(Box::new(objects::secret(cx, &top, api))),
        Some(Known::ConfigMap) => {
            K8sObject::ConfigMap(Box::new(objects::config_map(cx, &top, api)))
        }
        Some(Known::PodDisruptionBudget) => {
            K8sObject::PodDisruptionBudget(Box::new(objects::pdb(cx, &top, api)))
        }
        Some(Known::HorizontalPodAutoscaler) => {
            K8sObject::HorizontalPodAutoscaler(Box::new(objects::hpa(cx, &top, api)))
        }
        None => K8sObject::Other(Box::new(objects::meta(cx, &top, api, kind))),
    }
}

/// The stable address of an object: `<apiVersion>/<Kind>/<namespace>/<name>`, without the
/// namespace for cluster-scoped kinds.
pub fn address(meta: &Meta) -> String {
    let name = meta.name_str().unwrap_or("<unnamed>");
    match meta.namespace_str() {
        Some(ns) => format!("{}/{}/{}/{}", meta.api_version, meta.kind, ns, name),
        None => format!("{}/{}/{}", meta.api_version, meta.kind, name),
    }
}

/// Adapts every Kubernetes object of a file (all documents, `List` items expanded) into the
/// model. Documents that are not Kubernetes objects are skipped silently. `load_errors` are the
/// loader's errors for this file: each becomes an error diagnostic at its line; the other
/// documents still count.
///
/// Each resource's metadata holds `annotation:<key>` and `label:<key>` for every annotation and
/// label, `helm:source` when `helm template` output marks the document with a `# Source:`
/// comment, and `k8s:document_line` (the document's first line, where a suppression comment
/// above it applies). The unit's edges are empty: [`link`] runs over the whole scan.
pub fn load_manifests(
    file: &FileRef,
    text: &Arc<str>,
    idx: &LineIndex,
    docs: &[Document],
    load_errors: &[LoadError],
) -> Unit {
    let mut unit = Unit {
        files: vec![(file.clone(), text.clone())],
        ..Unit::default()
    };
    for e in load_errors {
        unit.diagnostics.push(Diagnostic::error(
            "parse-error",
            file.clone(),
            Some(idx.span(file, e.offset, e.offset)),
            format!("invalid YAML/JSON: {}", e.message),
        ));
    }
    let cx = Cx { file, idx };
    let mut prev_end = 0usize;
    for doc in docs {
        let start = doc.root.start;
        // The `# Source:` comment sits between the previous document (or the place a broken
        // one failed) and this one.
        let from = load_errors
            .iter()
            .map(|e| e.offset)
            .filter(|o| *o <= start)
            .fold(prev_end, usize::max);
        let helm = helm_source(text, from, start);
        prev_end = prev_end.max(doc.root.end);
        if !is_manifest(&doc.root) {
            continue;
        }
        let doc_line = idx.line_col(start).0;
        for obj in adapt(&cx, &doc.root, None).flatten() {
            if let Some(mut r) = resource(obj, helm) {
                // The document's first line: a suppression comment above it covers the object.
                r.metadata
                    .insert("k8s:document_line".to_string(), doc_line.to_string());
                unit.resources.push(r);
            }
        }
    }
    unit
}

/// The chart path of the last `# Source: <path>` comment in `text[from..to]`.
fn helm_source(text: &str, from: usize, to: usize) -> Option<&str> {
    let region = text.get(from.min(to)..to)?;
    region
        .lines()
        .filter_map(|l| l.trim().strip_prefix("# Source:"))
        .map(str::trim)
        .rfind(|s| !s.is_empty())
}

fn resource(obj: K8sObject, helm: Option<&str>) -> Option<Resource> {
    let meta = obj.meta()?;
    let mut metadata = indexmap_of(meta);
    if let Some(h) = helm {
        metadata.insert("helm:source".to_string(), h.to_string());
    }
    let address = address(meta);
    let source_type = meta.kind.clone();
    let origin: Origin = meta.origin.clone();
    Some(Resource {
        address,
        format: Format::Kubernetes,
        source_type,
        origin,
        call_chain: Vec::new(),
        condition: None,
        metadata,
        config: obj.into_config(),
    })
}

/// `annotation:<key>` and `label:<key>` entries (without kubectl's last applied object).
fn indexmap_of(meta: &Meta) -> parapet_model::k8s::StringMap {
    let mut m = parapet_model::k8s::StringMap::new();
    for (prefix, map) in [("annotation", &meta.annotations), ("label", &meta.labels)] {
        if let Some(entries) = map.get() {
            // The last applied object is bulky and may hold a Secret's values.
            for (k, v) in entries.iter().filter(|(k, _)| *k != objects::LAST_APPLIED) {
                if let Some(v) = v.get() {
                    m.insert(format!("{prefix}:{k}"), v.clone());
                }
            }
        }
    }
    m
}
