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
    fake.metadata
        .insert("k8s:selector".into(), "{\"app\":\"web\"}".into());
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
