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

use parapet_model::k8s::{is_custom_resource, known_strings, Meta, StringMap, Workload};
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

/// The namespace written in a manifest object's address (`<apiVersion>/<Kind>/<namespace>/<name>`),
/// `default` when none is written; `None` for a cluster-scoped object.
fn address_namespace(r: &Resource) -> Option<&str> {
    let mut parts = r.address.rsplitn(3, '/');
    let _name = parts.next()?;
    let ns = parts.next()?;
    let rest = parts.next()?;
    rest.strip_suffix(r.source_type.as_str())
        .is_some_and(|before| before.ends_with('/'))
        .then_some(ns)
}

/// The directory of a file.
fn dir_of(file: &str) -> &str {
    file.rsplit_once('/').map_or("", |(d, _)| d)
}

/// Keys that tie the manifest objects of one file to objects of other files: two files whose
/// keys meet must be checked together. The keys over-approximate every relation across
/// objects — the edges of [`link`], and the lookups of the Kubernetes rules by namespace (as
/// written in the address, so an unwritten namespace is `default`), by directory (a Service
/// and the custom resources beside it) and by ClusterRole name — so checking each group of
/// files on its own gives the findings a check of all manifests together would.
///
/// A key ending in `?` is weak: it ties files only to the files that hold the same key without
/// the `?` (a binding ties to the files of the ClusterRole it names only if the scan defines
/// that ClusterRole, so that bindings of `view` in many namespaces do not make one group; a
/// Service ties to the directory's custom resources, not to every Service beside it).
pub fn group_keys(resources: &[Resource]) -> Vec<String> {
    let mut keys = Vec::new();
    for r in resources.iter().filter(|r| r.format == Format::Kubernetes) {
        let dir = dir_of(r.origin.file().unwrap_or(""));
        match address_namespace(r) {
            Some(ns) => keys.push(format!("ns:{ns}")),
            None => {
                // Cluster-scoped objects join the namespaces they concern.
                if let Config::K8sNamespace(n) = &r.config {
                    if let Some(name) = n.meta.name_str() {
                        keys.push(format!("ns:{name}"));
                    }
                }
            }
        }
        match &r.config {
            Config::K8sRole(role) if role.meta.kind == "ClusterRole" => {
                if let Some(name) = role.meta.name_str() {
                    keys.push(format!("cr:{name}"));
                }
            }
            Config::K8sRoleBinding(b) => {
                if b.role_ref.kind.get().is_some_and(|k| k == "ClusterRole") {
                    if let Some(name) = b.role_ref.name.get() {
                        keys.push(format!("cr:{name}?"));
                    }
                }
                for s in &b.subjects {
                    if let Some(Some(ns)) = s.namespace.get() {
                        keys.push(format!("ns:{ns}"));
                    }
                }
            }
            // A Service may stand for pods that custom resources beside it create.
            Config::K8sService(_) => keys.push(format!("dir:{dir}?")),
            Config::Unmodelled if is_custom_resource(&r.address) => keys.push(format!("dir:{dir}")),
            _ => {}
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

/// Partitions files, given the [`group_keys`] of each, into groups whose keys never meet:
/// the indices of each group, in file order, groups in order of their first file.
pub fn partition(keys: &[Vec<String>]) -> Vec<Vec<usize>> {
    let defined: std::collections::HashSet<&str> = keys
        .iter()
        .flatten()
        .filter(|k| !k.ends_with('?'))
        .map(String::as_str)
        .collect();
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut owner: HashMap<&str, usize> = HashMap::new();
    for (i, ks) in keys.iter().enumerate() {
        for k in ks {
            let k = match k.strip_suffix('?') {
                Some(strong) if defined.contains(strong) => strong,
                Some(_) => continue,
                None => k.as_str(),
            };
            match owner.get(k) {
                Some(&j) => {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    if a != b {
                        parent[a.max(b)] = a.min(b);
                    }
                }
                None => {
                    owner.insert(k, i);
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::new();
    for i in 0..keys.len() {
        let r = root(&mut parent, i);
        let g = *index.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}
