//! The resource graph across the Kubernetes resources of a scan.
//!
//! Workloads are read from their typed `Config::Workload`. The other kinds are not typed in
//! `Config` yet, so [`load_manifests`](crate::load_manifests) records what linking needs in the
//! resource's metadata (plain strings, no secret values):
//!
//! - `k8s:selector` (Service): its selector as a JSON object, when known and not empty;
//! - `k8s:podSelector` (NetworkPolicy): `{"matchLabels": {...}, "matchExpressions": [...]}`,
//!   when known;
//! - `k8s:roleRef` (RoleBinding, ClusterRoleBinding): `<Kind>/<name>`;
//! - `k8s:subjects` (the same): a JSON list of `[namespace, name]` of its ServiceAccount
//!   subjects.

use crate::scope::{self, Known, Scope};
use crate::K8sObject;
use parapet_model::k8s::{
    known_strings, LabelSelector, LabelSelectorRequirement, StringMap, Workload,
};
use parapet_model::{Config, Edge, EdgeKind, Format, Origin, Resource, Value};
use std::collections::HashMap;

pub(crate) const SELECTOR: &str = "k8s:selector";
pub(crate) const POD_SELECTOR: &str = "k8s:podSelector";
pub(crate) const ROLE_REF: &str = "k8s:roleRef";
pub(crate) const SUBJECTS: &str = "k8s:subjects";

/// Records what [`link`] needs of kinds that `Config` does not type yet.
pub(crate) fn bridge(obj: &K8sObject, md: &mut StringMap) {
    match obj {
        K8sObject::Service(s) => {
            if let Some(sel) = s.selector.get().filter(|m| !m.is_empty()) {
                md.insert(SELECTOR.into(), json_map(sel).to_string());
            }
        }
        K8sObject::NetworkPolicy(np) => {
            let sel = &np.pod_selector;
            if let (Some(ml), Some(me)) = (sel.match_labels.get(), sel.match_expressions.get()) {
                let exprs: Vec<serde_json::Value> = me
                    .iter()
                    .map(|e| {
                        serde_json::json!({"key": e.key, "operator": e.operator, "values": e.values})
                    })
                    .collect();
                let v = serde_json::json!({"matchLabels": json_map(ml), "matchExpressions": exprs});
                md.insert(POD_SELECTOR.into(), v.to_string());
            }
        }
        K8sObject::RoleBinding(b) => {
            if let (Some(k), Some(n)) = (b.role_ref.kind.get(), b.role_ref.name.get()) {
                md.insert(ROLE_REF.into(), format!("{k}/{n}"));
            }
            let sas: Vec<serde_json::Value> = b
                .subjects
                .iter()
                .filter(|s| s.kind.get().is_some_and(|k| k == "ServiceAccount"))
                .filter_map(|s| {
                    let ns = s.namespace.get()?.as_deref()?;
                    let name = s.name.get()?;
                    Some(serde_json::json!([ns, name]))
                })
                .collect();
            if !sas.is_empty() {
                md.insert(SUBJECTS.into(), serde_json::Value::from(sas).to_string());
            }
        }
        _ => {}
    }
}

fn json_map(m: &StringMap) -> serde_json::Value {
    m.iter()
        .map(|(k, v)| (k.clone(), serde_json::Value::from(v.as_str())))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// Namespace and name of a resource of a known kind, from its address.
fn locate(r: &Resource) -> Option<(Known, Option<&str>, &str)> {
    let kind = r.source_type.as_str();
    match scope::scope("v1", kind) {
        Scope::Namespaced => {
            let mut parts = r.address.rsplitn(3, '/');
            let name = parts.next()?;
            let ns = parts.next()?;
            let rest = parts.next()?;
            let api = rest.strip_suffix(kind)?.strip_suffix('/')?;
            Some((scope::known(api, kind)?, Some(ns), name))
        }
        Scope::Cluster => {
            let (rest, name) = r.address.rsplit_once('/')?;
            let api = rest.strip_suffix(kind)?.strip_suffix('/')?;
            Some((scope::known(api, kind)?, None, name))
        }
        Scope::Unknown => None,
    }
}

/// Graph edges across all Kubernetes resources of a scan (from any number of files):
/// Service → workloads it selects and NetworkPolicy → workloads it selects (`Selects`);
/// workload → its ServiceAccount, workload → the Secrets and ConfigMaps it mounts or reads,
/// binding → its Role/ClusterRole and → its ServiceAccount subjects (`Uses`).
/// Indices are into `resources`; only resources of format Kubernetes are considered; a link
/// needs the namespaces to match. Edges come sorted, without duplicates.
pub fn link(resources: &[Resource]) -> Vec<Edge> {
    // (kind, namespace, name) → index; the first resource of an address wins.
    let mut by_name: HashMap<(&str, Option<&str>, &str), usize> = HashMap::new();
    let mut workloads: Vec<(usize, &Workload, Option<&str>, StringMap)> = Vec::new();
    for (i, r) in resources.iter().enumerate() {
        if r.format != Format::Kubernetes {
            continue;
        }
        if let Config::Workload(w) = &r.config {
            workloads.push((i, w, w.meta.namespace_str(), known_strings(&w.pod_labels)));
        }
        if let Some((_, ns, name)) = locate(r) {
            by_name
                .entry((r.source_type.as_str(), ns, name))
                .or_insert(i);
        }
    }
    let find = |kind: &str, ns: Option<&str>, name: &str| by_name.get(&(kind, ns, name)).copied();
    let mut edges = Vec::new();
    let mut edge = |from: usize, to: usize, kind: EdgeKind| {
        if from != to {
            edges.push(Edge { from, to, kind });
        }
    };

    for &(i, w, ns, _) in &workloads {
        let Some(ns) = ns else { continue };
        if let Some(sa) = w.pod.service_account_name.get() {
            if let Some(j) = find("ServiceAccount", Some(ns), sa) {
                edge(i, j, EdgeKind::Uses);
            }
        }
        for s in w.secret_refs() {
            if let Some(j) = find("Secret", Some(ns), s) {
                edge(i, j, EdgeKind::Uses);
            }
        }
        for c in w.config_map_refs() {
            if let Some(j) = find("ConfigMap", Some(ns), c) {
                edge(i, j, EdgeKind::Uses);
            }
        }
    }

    for (i, r) in resources.iter().enumerate() {
        if r.format != Format::Kubernetes {
            continue;
        }
        let Some((known, ns, _)) = locate(r) else {
            continue;
        };
        match known {
            Known::Service => {
                let Some(sel) = r.metadata.get(SELECTOR).and_then(|s| parse_map(s)) else {
                    continue;
                };
                if sel.is_empty() {
                    continue;
                }
                for (j, _, wns, labels) in &workloads {
                    if *wns == ns && sel.iter().all(|(k, v)| labels.get(k) == Some(v)) {
                        edge(i, *j, EdgeKind::Selects);
                    }
                }
            }
            Known::NetworkPolicy => {
                let Some(sel) = r.metadata.get(POD_SELECTOR).and_then(|s| parse_selector(s)) else {
                    continue;
                };
                for (j, _, wns, labels) in &workloads {
                    if *wns == ns && sel.matches(labels) == Some(true) {
                        edge(i, *j, EdgeKind::Selects);
                    }
                }
            }
            Known::RoleBinding => {
                if let Some((kind, name)) = r.metadata.get(ROLE_REF).and_then(|s| s.split_once('/'))
                {
                    let target = match kind {
                        "Role" if ns.is_some() => find("Role", ns, name),
                        "ClusterRole" => find("ClusterRole", None, name),
                        _ => None,
                    };
                    if let Some(j) = target {
                        edge(i, j, EdgeKind::Uses);
                    }
                }
                let subjects: Vec<(String, String)> = r
                    .metadata
                    .get(SUBJECTS)
                    .and_then(|s| serde_json::from_str(s).ok())
                    .unwrap_or_default();
                for (sns, sname) in &subjects {
                    if let Some(j) = find("ServiceAccount", Some(sns), sname) {
                        edge(i, j, EdgeKind::Uses);
                    }
                }
            }
            _ => {}
        }
    }
    edges.sort();
    edges.dedup();
    edges
}

fn parse_map(s: &str) -> Option<StringMap> {
    let v: serde_json::Value = serde_json::from_str(s).ok()?;
    v.as_object()?
        .iter()
        .map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
        .collect()
}

fn parse_selector(s: &str) -> Option<LabelSelector> {
    let v: serde_json::Value = serde_json::from_str(s).ok()?;
    let ml = parse_map(&v.get("matchLabels")?.to_string())?;
    let me = v
        .get("matchExpressions")?
        .as_array()?
        .iter()
        .map(|e| {
            Some(LabelSelectorRequirement {
                key: e.get("key")?.as_str()?.to_string(),
                operator: e.get("operator")?.as_str()?.to_string(),
                values: e
                    .get("values")?
                    .as_array()?
                    .iter()
                    .map(|x| x.as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(LabelSelector {
        match_labels: Value::explicit(ml, Origin::Synthetic),
        match_expressions: Value::explicit(me, Origin::Synthetic),
        origin: Origin::Synthetic,
    })
}
