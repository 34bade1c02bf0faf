//! The resource graph across the Kubernetes manifests of a scan.
//!
//! Objects are linked only when they are known to be deployed into the same namespace, by the
//! convention the Kubernetes rules use (`placement` in `parapet-rules`'
//! `checks/kubernetes/common.rs`): a written namespace is the same wherever it is written; an
//! unwritten one is chosen when the manifest is deployed (`kubectl -n`, Helm, Kustomize), so
//! objects without a namespace share one only with the other unwritten-namespace objects of
//! the same directory. A written `namespace: default` and an unwritten one are not known to be
//! the same.
//!
//! Only resources of format Kubernetes are linked. The Terraform frontend adapts the provider's
//! `kubernetes_*` workloads into the same `Config::Workload`, but a Terraform workload is
//! deployed by the provider to the cluster its configuration names, manifests by another tool
//! to whatever cluster it is pointed at: nothing in a scan says they meet, so a Terraform
//! workload is never linked to a manifest's ServiceAccount, Service or NetworkPolicy.

use parapet_model::k8s::{known_strings, Meta, StringMap, Workload};
use parapet_model::{Config, Edge, EdgeKind, Format, Resource};
use std::collections::HashMap;

/// Where an object is deployed, as far as the scan can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Place<'a> {
    /// A written namespace.
    Named(&'a str),
    /// No namespace written: the directory of the manifest.
    Unwritten(&'a str),
    /// A cluster-scoped object.
    Cluster,
}

/// The placement of an object; `None` when its namespace is unknown.
fn place(meta: &Meta) -> Option<Place<'_>> {
    match meta.namespace.get()? {
        None => Some(Place::Cluster),
        Some(ns) if meta.namespace.is_explicit() => Some(Place::Named(ns)),
        Some(_) => meta
            .origin
            .file()
            .map(|f| Place::Unwritten(f.rsplit_once('/').map_or("", |(d, _)| d))),
    }
}

/// The metadata of the kinds linking concerns.
fn meta(config: &Config) -> Option<&Meta> {
    Some(match config {
        Config::Workload(x) => &x.meta,
        Config::K8sRole(x) => &x.meta,
        Config::K8sRoleBinding(x) => &x.meta,
        Config::K8sServiceAccount(x) => &x.meta,
        Config::K8sService(x) => &x.meta,
        Config::K8sNetworkPolicy(x) => &x.meta,
        Config::K8sSecret(x) => &x.meta,
        Config::K8sConfigMap(x) => &x.meta,
        _ => return None,
    })
}

/// Graph edges across all Kubernetes resources of a scan (from any number of files):
/// Service → workloads it selects and NetworkPolicy → workloads it selects (`Selects`);
/// workload → its ServiceAccount, workload → the Secrets and ConfigMaps it mounts or reads,
/// binding → its Role/ClusterRole and → its ServiceAccount subjects (`Uses`).
/// Indices are into `resources`; only resources of format Kubernetes are considered; a link
/// needs both objects placed in the same namespace (see the module documentation). Edges come
/// sorted, without duplicates.
pub fn link(resources: &[Resource]) -> Vec<Edge> {
    // (kind, placement, name) → index; the first resource of an address wins.
    let mut by_name: HashMap<(&str, Place, &str), usize> = HashMap::new();
    let mut workloads: Vec<(usize, &Workload, Place, StringMap)> = Vec::new();
    for (i, r) in resources.iter().enumerate() {
        if r.format != Format::Kubernetes {
            continue;
        }
        let Some(m) = meta(&r.config) else { continue };
        let (Some(p), Some(name)) = (place(m), m.name_str()) else {
            continue;
        };
        if let Config::Workload(w) = &r.config {
            workloads.push((i, w, p, known_strings(&w.pod_labels)));
        }
        by_name.entry((m.kind.as_str(), p, name)).or_insert(i);
    }
    let find = |kind: &str, p: Place, name: &str| by_name.get(&(kind, p, name)).copied();
    let mut edges = Vec::new();
    let mut edge = |from: usize, to: usize, kind: EdgeKind| {
        if from != to {
            edges.push(Edge { from, to, kind });
        }
    };

    for &(i, w, p, _) in &workloads {
        if let Some(sa) = w.pod.service_account_name.get() {
            if let Some(j) = find("ServiceAccount", p, sa) {
                edge(i, j, EdgeKind::Uses);
            }
        }
        for s in w.secret_refs() {
            if let Some(j) = find("Secret", p, s) {
                edge(i, j, EdgeKind::Uses);
            }
        }
        for c in w.config_map_refs() {
            if let Some(j) = find("ConfigMap", p, c) {
                edge(i, j, EdgeKind::Uses);
            }
        }
    }

    for (i, r) in resources.iter().enumerate() {
        if r.format != Format::Kubernetes {
            continue;
        }
        let Some(p) = meta(&r.config).and_then(place) else {
            continue;
        };
        match &r.config {
            Config::K8sService(s) => {
                let Some(sel) = s.selector.get().filter(|m| !m.is_empty()) else {
                    continue;
                };
                for (j, _, wp, labels) in &workloads {
                    if *wp == p && sel.iter().all(|(k, v)| labels.get(k) == Some(v)) {
                        edge(i, *j, EdgeKind::Selects);
                    }
                }
            }
            Config::K8sNetworkPolicy(np) => {
                for (j, _, wp, labels) in &workloads {
                    if *wp == p && np.pod_selector.matches(labels) == Some(true) {
                        edge(i, *j, EdgeKind::Selects);
                    }
                }
            }
            Config::K8sRoleBinding(b) => {
                if let (Some(kind), Some(name)) = (b.role_ref.kind.get(), b.role_ref.name.get()) {
                    let target = match kind.as_str() {
                        "Role" if p != Place::Cluster => find("Role", p, name),
                        "ClusterRole" => find("ClusterRole", Place::Cluster, name),
                        _ => None,
                    };
                    if let Some(j) = target {
                        edge(i, j, EdgeKind::Uses);
                    }
                }
                for s in &b.subjects {
                    if s.kind.get().is_none_or(|k| k != "ServiceAccount") {
                        continue;
                    }
                    let Some(name) = s.name.get() else { continue };
                    // A subject's written namespace is a namespace like any other; an unwritten
                    // one is the binding's (the adapter defaults it for RoleBindings only).
                    let sp = match s.namespace.get() {
                        Some(Some(ns)) if s.namespace.is_explicit() => Place::Named(ns),
                        Some(Some(_)) => p,
                        _ => continue,
                    };
                    if let Some(j) = find("ServiceAccount", sp, name) {
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
