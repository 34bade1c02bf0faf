//! Graph edges across the Kubernetes resources of a scan.

mod common;

use common::{fixture, load};
use parapet_kubernetes::link;
use parapet_model::{Config, Edge, EdgeKind, Format, Model, Origin, Resource};

fn scan(files: &[(&str, &str)]) -> Model {
    let mut model = Model::default();
    for (name, text) in files {
        model.push_unit(&load(name, text));
    }
    model
}

fn named_edges(model: &Model, edges: &[Edge]) -> Vec<(String, EdgeKind, String)> {
    let short = |i: usize| {
        let r = &model.resources[i];
        let a = &r.address;
        // `Kind/ns/name` or `Kind/name`.
        let pos = a.find(&format!("/{}/", r.source_type)).unwrap();
        a[pos + 1..].to_string()
    };
    let mut out: Vec<_> = edges
        .iter()
        .map(|e| (short(e.from), e.kind, short(e.to)))
        .collect();
    out.sort();
    out
}

#[test]
fn edges_across_files() {
    let objects = fixture("objects.yaml");
    let model = scan(&[
        ("objects.yaml", &objects),
        ("app.yaml", &fixture("link-app.yaml")),
    ]);
    let edges = link(&model.resources);
    let got = named_edges(&model, &edges);
    let e = |a: &str, k: EdgeKind, b: &str| (a.to_string(), k, b.to_string());
    use EdgeKind::{Selects, Uses};
    let mut want = vec![
        // Service and NetworkPolicy select the workloads of their namespace.
        e("Service/shop/web", Selects, "Deployment/shop/web"),
        e("Service/shop/web", Selects, "StatefulSet/shop/web-cache"),
        e("Service/other/web", Selects, "Deployment/other/web"),
        e("NetworkPolicy/shop/web", Selects, "Deployment/shop/web"),
        // Not web-cache: it has tier=db, which the policy's NotIn excludes.
        // Workloads use their service account, secrets and config maps.
        e("Deployment/shop/web", Uses, "ServiceAccount/shop/web"),
        e("Deployment/shop/web", Uses, "Secret/shop/db"),
        e("Deployment/shop/web", Uses, "ConfigMap/shop/settings"),
        // Bindings use their role and their service account subjects.
        e("RoleBinding/shop/read-pods", Uses, "Role/shop/pod-reader"),
        e(
            "RoleBinding/shop/read-pods",
            Uses,
            "ServiceAccount/shop/web",
        ),
        e(
            "ClusterRoleBinding/web-admin",
            Uses,
            "ServiceAccount/shop/web",
        ),
        // (cluster-admin is not in the scan: no edge.)
        e(
            "RoleBinding/shop/use-monitoring",
            Uses,
            "ClusterRole/monitoring",
        ),
    ];
    want.sort();
    assert_eq!(got, want);
    // Sorted and without duplicates.
    let mut sorted = edges.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, edges);
}

#[test]
fn only_kubernetes_resources_and_matching_namespaces() {
    let mut model = scan(&[("app.yaml", &fixture("link-app.yaml"))]);
    let before = link(&model.resources).len();
    // A resource of another format with a Kubernetes-looking address is ignored.
    let mut fake = model
        .resources
        .iter()
        .find(|r| r.source_type == "Service")
        .cloned()
        .unwrap();
    fake.format = Format::Terraform;
    fake.address = "v1/Service/shop/web".into();
    model.resources.push(fake);
    model.resources.push(Resource {
        address: "aws_s3_bucket.b".into(),
        format: Format::Terraform,
        source_type: "aws_s3_bucket".into(),
        origin: Origin::Synthetic,
        call_chain: vec![],
        condition: None,
        metadata: Default::default(),
        config: Config::Unmodelled,
    });
    assert_eq!(link(&model.resources).len(), before);
    // The `other` namespace's Service selects only the `other` namespace's Deployment.
    let edges = named_edges(&model, &link(&model.resources));
    assert!(edges.contains(&(
        "Service/other/web".into(),
        EdgeKind::Selects,
        "Deployment/other/web".into()
    )));
    assert!(!edges
        .iter()
        .any(|(a, _, b)| a.starts_with("Service/other") && !b.contains("/other/")));
    assert!(link(&[]).is_empty());
}

/// Edges as `Kind/name` pairs, each side prefixed with the directory of its file.
fn placed_edges(model: &Model) -> Vec<(String, EdgeKind, String)> {
    let short = |i: usize| {
        let r = &model.resources[i];
        let dir = r
            .origin
            .file()
            .and_then(|f| f.rsplit_once('/'))
            .map_or("", |(d, _)| d);
        let name = r.address.rsplit('/').next().unwrap();
        format!("{dir}:{}/{name}", r.source_type)
    };
    let mut out: Vec<_> = link(&model.resources)
        .iter()
        .map(|e| (short(e.from), e.kind, short(e.to)))
        .collect();
    out.sort();
    out
}

/// A Deployment, its ServiceAccount, a Service, a NetworkPolicy, a Role and a RoleBinding, all
/// without a namespace (`NS` is replaced by a `namespace:` line, or nothing).
const APP: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  NS
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: nginx:1.27
"#;

const AROUND: &str = r#"apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  NS
---
apiVersion: v1
kind: Service
metadata:
  name: web
  NS
spec:
  selector: {app: web}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
  NS
spec:
  podSelector:
    matchLabels: {app: web}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  NS
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: web-reads
  NS
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects:
  - kind: ServiceAccount
    name: web
"#;

fn with_ns(text: &str, ns: Option<&str>) -> String {
    text.replace(
        "  NS\n",
        &ns.map(|n| format!("  namespace: {n}\n"))
            .unwrap_or_default(),
    )
}

/// Everything `AROUND` links to the Deployment, in directory `a` (the Deployment's) and `b`.
fn all_links(app: &str, around: &str) -> Vec<(String, EdgeKind, String)> {
    use EdgeKind::{Selects, Uses};
    let e = |x: String, k: EdgeKind, y: String| (x, k, y);
    let mut v = vec![
        e(
            format!("{app}:Deployment/web"),
            Uses,
            format!("{around}:ServiceAccount/web"),
        ),
        e(
            format!("{around}:Service/web"),
            Selects,
            format!("{app}:Deployment/web"),
        ),
        e(
            format!("{around}:NetworkPolicy/web"),
            Selects,
            format!("{app}:Deployment/web"),
        ),
    ];
    v.sort();
    v
}

/// The edges that stay within `AROUND` itself (binding → role, binding → account).
fn inner_links(dir: &str) -> Vec<(String, EdgeKind, String)> {
    vec![
        (
            format!("{dir}:RoleBinding/web-reads"),
            EdgeKind::Uses,
            format!("{dir}:Role/reader"),
        ),
        (
            format!("{dir}:RoleBinding/web-reads"),
            EdgeKind::Uses,
            format!("{dir}:ServiceAccount/web"),
        ),
    ]
}

/// The edges between `APP` and `AROUND`, each written to a file with a namespace or none.
fn edges_between(
    app: (&str, Option<&str>),
    around: (&str, Option<&str>),
) -> Vec<(String, EdgeKind, String)> {
    let model = scan(&[
        (app.0, &with_ns(APP, app.1)),
        (around.0, &with_ns(AROUND, around.1)),
    ]);
    // Without the binding's own edges (see `inner_links`).
    placed_edges(&model)
        .into_iter()
        .filter(|(a, _, _)| !a.contains("RoleBinding"))
        .collect()
}

#[test]
fn unwritten_namespaces_are_shared_within_a_directory_only() {
    // Same directory, no namespace anywhere: deployed together, into one namespace.
    assert_eq!(
        edges_between(("a/app.yaml", None), ("a/around.yaml", None)),
        all_links("a", "a")
    );
    // Another directory: deployed separately, perhaps into another namespace.
    assert_eq!(
        edges_between(("a/app.yaml", None), ("b/around.yaml", None)),
        vec![]
    );
    // Files at the root of the scan share the root directory.
    assert_eq!(
        edges_between(("app.yaml", None), ("around.yaml", None)),
        all_links("", "")
    );
    // Objects without a namespace still relate among themselves.
    let model = scan(&[("b/around.yaml", &with_ns(AROUND, None))]);
    assert_eq!(placed_edges(&model), inner_links("b"));
}

#[test]
fn written_namespaces_match_across_the_scan() {
    assert_eq!(
        edges_between(
            ("a/app.yaml", Some("shop")),
            ("b/around.yaml", Some("shop"))
        ),
        all_links("a", "b")
    );
    assert_eq!(
        edges_between(
            ("a/app.yaml", Some("shop")),
            ("a/around.yaml", Some("other"))
        ),
        vec![]
    );
    // A written `default` is not known to be where an unwritten namespace ends up, in either
    // direction, even in one directory.
    assert_eq!(
        edges_between(("a/app.yaml", Some("default")), ("a/around.yaml", None)),
        vec![]
    );
    assert_eq!(
        edges_between(("a/app.yaml", None), ("a/around.yaml", Some("default"))),
        vec![]
    );
    // `namespace: ""` is no namespace written.
    assert_eq!(
        edges_between(("a/app.yaml", Some("\"\"")), ("a/around.yaml", None)),
        all_links("a", "a")
    );
}

#[test]
fn binding_subjects_follow_the_same_convention() {
    let cluster_binding = |ns: &str| {
        format!(
            r#"apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: web-admin
roleRef: {{apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}}
subjects:
  - kind: ServiceAccount
    name: web
    namespace: {ns}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: view
rules: []
"#
        )
    };
    let account = |ns: Option<&str>| {
        with_ns(
            "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n  NS\n",
            ns,
        )
    };
    let uses = |from: &str, to: &str| (from.to_string(), EdgeKind::Uses, to.to_string());
    // A subject's written namespace matches a written one anywhere (a cluster-scoped binding
    // and the cluster role it names relate wherever they are).
    let model = scan(&[
        ("rbac/binding.yaml", &cluster_binding("shop")),
        ("apps/sa.yaml", &account(Some("shop"))),
    ]);
    let mut want = vec![
        uses(
            "rbac:ClusterRoleBinding/web-admin",
            "apps:ServiceAccount/web",
        ),
        uses("rbac:ClusterRoleBinding/web-admin", "rbac:ClusterRole/view"),
    ];
    want.sort();
    assert_eq!(placed_edges(&model), want);
    // ... but not an account whose namespace is not written.
    let model = scan(&[
        ("rbac/binding.yaml", &cluster_binding("shop")),
        ("rbac/sa.yaml", &account(None)),
    ]);
    assert_eq!(
        placed_edges(&model),
        vec![uses(
            "rbac:ClusterRoleBinding/web-admin",
            "rbac:ClusterRole/view"
        )]
    );
    // A RoleBinding's subject without a namespace is in the binding's namespace: with an
    // unwritten one, the account must be in the binding's directory.
    let binding = r#"apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: web-reads
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
subjects:
  - kind: ServiceAccount
    name: web
"#;
    let model = scan(&[("a/binding.yaml", binding), ("b/sa.yaml", &account(None))]);
    assert_eq!(placed_edges(&model), vec![]);
    let model = scan(&[("a/binding.yaml", binding), ("a/sa.yaml", &account(None))]);
    assert_eq!(
        placed_edges(&model),
        vec![uses("a:RoleBinding/web-reads", "a:ServiceAccount/web")]
    );
}

#[test]
fn terraform_workloads_are_not_linked_to_manifests() {
    // A workload of another format (as the Terraform frontend adapts `kubernetes_deployment`)
    // with the manifest's labels, account and namespace: it is deployed by the provider, to a
    // cluster the scan cannot relate to the manifests.
    let mut model = scan(&[
        ("k8s/app.yaml", &with_ns(APP, Some("shop"))),
        ("k8s/around.yaml", &with_ns(AROUND, Some("shop"))),
    ]);
    let before = placed_edges(&model);
    assert_eq!(before.len(), 5);
    let mut tf = model
        .resources
        .iter()
        .find(|r| matches!(r.config, Config::Workload(_)))
        .cloned()
        .unwrap();
    tf.format = Format::Terraform;
    tf.address = "kubernetes_deployment_v1.web".into();
    tf.source_type = "kubernetes_deployment_v1".into();
    model.resources.push(tf);
    assert_eq!(placed_edges(&model), before);
}
