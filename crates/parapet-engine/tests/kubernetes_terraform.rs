//! Terraform's Kubernetes provider workloads scanned next to Kubernetes manifests: the rules
//! that need the objects around a workload (Services, NetworkPolicies, RBAC bindings) evaluate
//! only the manifests' workloads, and the graph never links a Terraform workload to a manifest.

use parapet_engine::{scan, ScanResult, Settings};
use parapet_rules::Status;

const MAIN_TF: &str = r#"resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "web" }
    }
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        service_account_name = "web"
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
          port {
            container_port = 8080
          }
        }
      }
    }
  }
}
"#;

/// A NetworkPolicy that selects other pods, the account the workloads name, and a Service
/// selecting `app: web` — plus, with `manifest_workload`, the same Deployment as a manifest.
fn manifests(manifest_workload: bool) -> String {
    let mut s = String::from(
        r#"apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-only
  namespace: shop
spec:
  podSelector:
    matchLabels: {app: db}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: shop
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: 8080
"#,
    );
    if manifest_workload {
        s.push_str(
            r#"---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-manifest
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: registry.example.com/web:3.2.1
          ports:
            - containerPort: 8080
"#,
        );
    }
    s
}

const RULES: &[&str] = &[
    "KUBERNETES-NETWORK-004",
    "KUBERNETES-WORKLOAD-005",
    "KUBERNETES-WORKLOAD-009",
];

fn run(manifest_workload: bool) -> ScanResult {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.tf"), MAIN_TF).unwrap();
    std::fs::write(dir.path().join("k8s.yaml"), manifests(manifest_workload)).unwrap();
    scan(&Settings {
        paths: vec![dir.path().to_path_buf()],
        root: dir.path().to_path_buf(),
        select: RULES.iter().map(|s| s.to_string()).collect(),
        keep_model: true,
        ..Default::default()
    })
}

/// `(rule, resource)` of every outcome that is not a skip.
fn outcomes(r: &ScanResult) -> Vec<(String, String, Status)> {
    let mut v: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.status != Status::Skip)
        .map(|f| (f.rule_id.clone(), f.resource.clone(), f.status))
        .collect();
    v.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    v.dedup();
    v
}

#[test]
fn rules_needing_the_objects_around_a_workload_leave_terraform_workloads_alone() {
    let r = run(false);
    assert!(
        r.findings
            .iter()
            .all(|f| f.resource != "kubernetes_deployment_v1.web"),
        "{:#?}",
        r.findings
    );
    // Nothing links the Terraform workload to the manifests' account, Service or policy.
    let tf = r
        .model
        .resources
        .iter()
        .position(|x| x.address == "kubernetes_deployment_v1.web")
        .expect("the Terraform workload is in the model");
    assert!(r.model.edges.iter().all(|e| e.from != tf && e.to != tf));
}

#[test]
fn the_same_rules_still_evaluate_the_manifests_workload() {
    let r = run(true);
    let m = "apps/v1/Deployment/shop/web-manifest".to_string();
    assert_eq!(
        outcomes(&r),
        vec![
            // No policy of `shop` selects `app: web`.
            (
                "KUBERNETES-NETWORK-004".to_string(),
                m.clone(),
                Status::Fail
            ),
            // The Service sends it traffic, and it has no readiness probe.
            (
                "KUBERNETES-WORKLOAD-005".to_string(),
                m.clone(),
                Status::Fail
            ),
            // The account's token is mounted, and no binding grants it anything.
            ("KUBERNETES-WORKLOAD-009".to_string(), m, Status::Fail),
        ]
    );
}
