//! Files: multi-document streams, lists, broken documents, Helm output, JSON, non-objects.

mod common;

use common::{fixture, line, line_of, load, nth_line_of, workloads};
use parapet_kubernetes::{adapt_object, is_manifest, K8sObject};
use parapet_model::{Config, DiagnosticLevel, Format, LineIndex, State};
use parapet_yaml::Limits;

fn addresses(unit: &parapet_model::Unit) -> Vec<&str> {
    unit.resources.iter().map(|r| r.address.as_str()).collect()
}

#[test]
fn addresses_origins_and_formats() {
    let text = "\
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: admin
  namespace: ignored-for-cluster-kinds
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
---
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: db
  namespace: data
";
    let unit = load("x.yaml", text);
    assert!(unit.diagnostics.is_empty());
    assert_eq!(
        addresses(&unit),
        vec![
            "rbac.authorization.k8s.io/v1/ClusterRole/admin",
            "v1/Service/shop/web",
            "monitoring.coreos.com/v1/ServiceMonitor/web",
            "postgresql.cnpg.io/v1/Cluster/data/db",
        ]
    );
    for r in &unit.resources {
        assert_eq!(r.format, Format::Kubernetes);
        assert_eq!(r.origin.file(), Some("x.yaml"));
    }
    assert_eq!(line(&unit.resources[1].origin), 8);
    assert_eq!(unit.resources[1].source_type, "Service");
    // Core kinds are typed; CRD instances are listed unmodelled.
    for r in &unit.resources {
        let crd = r.address.contains("coreos.com") || r.address.contains("cnpg.io");
        assert_eq!(matches!(r.config, Config::Unmodelled), crd, "{}", r.address);
    }
    assert_eq!(unit.files.len(), 1);
    assert!(unit.edges.is_empty());
}

#[test]
fn lists_are_expanded() {
    let text = "\
apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: a
    spec:
      template:
        spec:
          containers:
            - name: c
              image: nginx:1
  - apiVersion: v1
    kind: Service
    metadata:
      name: a
  - just: a map
---
apiVersion: v1
kind: PodList
items:
  - metadata:
      name: p
    spec:
      containers:
        - name: c
          image: nginx:1
";
    let unit = load("list.yaml", text);
    assert!(unit.diagnostics.is_empty());
    assert_eq!(
        addresses(&unit),
        vec![
            "apps/v1/Deployment/default/a",
            "v1/Service/default/a",
            "v1/Pod/default/p"
        ]
    );
    let ws = workloads(&unit);
    assert_eq!(ws.len(), 2);
    assert_eq!(line(&ws[0].meta.origin), 5);
    assert_eq!(
        line(&ws[0].pod.containers[0].origin),
        line_of(text, "- name: c")
    );
    // An item of a typed list without its own header: its origin is where the item starts.
    assert_eq!(line(&ws[1].meta.origin), line_of(text, "- metadata:"));
    assert_eq!(ws[1].pod.containers.len(), 1);
    // `adapt_object` returns the list itself.
    let (docs, _) = parapet_yaml::load(text, Limits::default());
    let idx = LineIndex::new(text.into());
    match adapt_object(&"list.yaml".into(), &idx, &docs[0].root) {
        K8sObject::List(items) => assert_eq!(items.len(), 2),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_broken_document_does_not_hide_its_siblings() {
    let text = fixture("broken-between.yaml");
    let unit = load("broken.yaml", &text);
    assert_eq!(unit.diagnostics.len(), 1, "{:?}", unit.diagnostics);
    let d = &unit.diagnostics[0];
    assert_eq!(d.level, DiagnosticLevel::Error);
    assert_eq!(d.code, "parse-error");
    assert_eq!(&*d.file, "broken.yaml");
    let broken_from = line_of(&text, "name: broken");
    let broken_to = line_of(&text, "name: after") - 1;
    assert!(
        (broken_from..=broken_to).contains(&d.line()),
        "line {} not in {broken_from}..={broken_to}",
        d.line()
    );
    assert_eq!(
        addresses(&unit),
        vec![
            "apps/v1/Deployment/default/before",
            "apps/v1/Deployment/default/after"
        ]
    );
    // Lines after the broken document are still right.
    let after = workloads(&unit)[1];
    assert_eq!(
        line(&after.meta.origin),
        nth_line_of(&text, "kind: Deployment", 2)
    );
    assert_eq!(
        line(&after.pod.containers[0].image.origin),
        line_of(&text, "image: nginx:after")
    );
}

#[test]
fn helm_source_comments_are_recorded() {
    let text = fixture("helm-template.yaml");
    let unit = load("rendered.yaml", &text);
    assert!(unit.diagnostics.is_empty(), "{:?}", unit.diagnostics);
    let sources: Vec<(&str, Option<&str>)> = unit
        .resources
        .iter()
        .map(|r| {
            (
                r.source_type.as_str(),
                r.metadata.get("helm:source").map(String::as_str),
            )
        })
        .collect();
    assert_eq!(
        sources,
        vec![
            ("ServiceAccount", Some("shop/templates/serviceaccount.yaml")),
            ("Service", Some("shop/templates/service.yaml")),
            ("Deployment", Some("shop/templates/deployment.yaml")),
            ("Role", None),
        ]
    );
    // Labels and annotations are in the metadata too.
    let dep = &unit.resources[2];
    assert_eq!(
        dep.metadata.get("label:helm.sh/chart").map(String::as_str),
        Some("shop-0.1.0")
    );
    assert_eq!(
        dep.metadata
            .get("annotation:parapet.dev/ignore")
            .map(String::as_str),
        Some("K8S010 reason=sidecar needs it")
    );
}

#[test]
fn helm_source_after_a_broken_document() {
    let text = "\
---
# Source: c/templates/a.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: a
---
# Source: c/templates/broken.yaml
apiVersion: v1
kind: ConfigMap
metadata: [oops
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
  namespace: \"\"
";
    let unit = load("rendered.yaml", text);
    assert_eq!(unit.diagnostics.len(), 1);
    let got: Vec<(&str, Option<&str>)> = unit
        .resources
        .iter()
        .map(|r| {
            (
                r.address.as_str(),
                r.metadata.get("helm:source").map(String::as_str),
            )
        })
        .collect();
    // The broken document's comment is not given to the next document; an empty namespace
    // is the default one.
    assert_eq!(
        got,
        vec![
            ("v1/ConfigMap/default/a", Some("c/templates/a.yaml")),
            ("v1/ConfigMap/default/c", None),
        ]
    );
}

#[test]
fn json_manifests() {
    let text = fixture("deployment.json");
    let unit = load("deployment.json", &text);
    assert!(unit.diagnostics.is_empty(), "{:?}", unit.diagnostics);
    assert_eq!(
        addresses(&unit),
        vec![
            "apps/v1/Deployment/prod/json-web",
            "v1/Service/prod/json-web"
        ]
    );
    let w = workloads(&unit)[0];
    assert_eq!(
        line(&w.meta.origin),
        line_of(&text, "\"kind\": \"Deployment\"")
    );
    let c = &w.pod.containers[0];
    assert_eq!(c.security_context.privileged.state, State::Explicit(true));
    assert_eq!(
        line(&c.security_context.privileged.origin),
        line_of(&text, "\"privileged\"")
    );
    assert_eq!(
        c.security_context.run_as_non_root.state,
        State::Explicit(Some(true))
    );
    assert_eq!(
        line(&c.security_context.run_as_non_root.origin),
        line_of(&text, "\"runAsNonRoot\"")
    );
    assert_eq!(w.replicas.state, State::Explicit(Some(2)));
}

#[test]
fn non_objects_are_skipped_silently() {
    for (name, text) in [
        (
            "kustomization.yaml",
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n",
        ),
        (
            "skaffold.yaml",
            "apiVersion: skaffold/v2beta26\nkind: Config\nbuild:\n  artifacts:\n    - image: app\n",
        ),
        (
            "cloudbuild.yaml",
            "steps:\n  - name: gcr.io/cloud-builders/docker\n    args: [build, .]\n",
        ),
        ("kubeconfig", "apiVersion: v1\nkind: Config\nclusters: []\n"),
        ("kind.yaml", "apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnodes: []\n"),
        ("values.yaml", "replicaCount: 1\nimage:\n  repository: nginx\n"),
        ("Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n"),
        ("scalar.yaml", "just text\n---\n- a\n- list\n---\n"),
        ("empty.yaml", ""),
    ] {
        let unit = load(name, text);
        assert!(unit.resources.is_empty(), "{name}: {:?}", addresses(&unit));
        assert!(unit.diagnostics.is_empty(), "{name}: {:?}", unit.diagnostics);
        let (docs, _) = parapet_yaml::load(text, Limits::default());
        assert!(docs.iter().all(|d| !is_manifest(&d.root)), "{name}");
    }
    let (docs, _) =
        parapet_yaml::load("apiVersion: v1\nkind: List\nitems: []\n", Limits::default());
    assert!(is_manifest(&docs[0].root));
    let (docs, _) = parapet_yaml::load("apiVersion: v1\nkind:\n", Limits::default());
    assert!(!is_manifest(&docs[0].root));
}

#[test]
fn unnamed_and_generated_objects() {
    let text = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\nspec: {}\n";
    let unit = load("job.yaml", text);
    assert_eq!(addresses(&unit), vec!["batch/v1/Job/default/<unnamed>"]);
    let w = workloads(&unit)[0];
    assert!(w
        .meta
        .name
        .unknown_reason()
        .is_some_and(|r| r.contains("migrate-")));
    assert!(w.pod.containers.is_empty());
}

/// Every prefix of the fixtures is loaded without a panic; what is loaded of a prefix never
/// invents resources that are not in the whole file.
#[test]
fn truncated_files_never_panic() {
    for f in [
        "deployment-full.yaml",
        "helm-template.yaml",
        "deployment.json",
        "objects.yaml",
    ] {
        let text = fixture(f);
        let whole = load(f, &text).resources.len();
        let mut cuts = 0;
        for cut in (0..text.len()).step_by(7) {
            if !text.is_char_boundary(cut) {
                continue;
            }
            let unit = load(f, &text[..cut]);
            assert!(unit.resources.len() <= whole, "{f} cut at {cut}");
            cuts += 1;
        }
        assert!(cuts > 50, "{f}");
    }
}
