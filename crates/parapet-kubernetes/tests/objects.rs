//! The kinds other than workloads, through `adapt_object`.

mod common;

use common::{fixture, line, line_of, load};
use parapet_kubernetes::{adapt_object, K8sObject};
use parapet_model::{LineIndex, State};
use parapet_yaml::Limits;

fn objects(text: &str) -> Vec<K8sObject> {
    let (docs, errs) = parapet_yaml::load(text, Limits::default());
    assert!(errs.is_empty(), "{errs:?}");
    let idx = LineIndex::new(text.into());
    docs.iter()
        .map(|d| adapt_object(&"objects.yaml".into(), &idx, &d.root))
        .collect()
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn every_supported_kind_is_typed() {
    let text = fixture("objects.yaml");
    let objs = objects(&text);
    let kinds: Vec<&str> = objs
        .iter()
        .map(|o| match o {
            K8sObject::Role(_) => "Role",
            K8sObject::RoleBinding(_) => "RoleBinding",
            K8sObject::ServiceAccount(_) => "ServiceAccount",
            K8sObject::Service(_) => "Service",
            K8sObject::Ingress(_) => "Ingress",
            K8sObject::NetworkPolicy(_) => "NetworkPolicy",
            K8sObject::Namespace(_) => "Namespace",
            K8sObject::Secret(_) => "Secret",
            K8sObject::ConfigMap(_) => "ConfigMap",
            K8sObject::PodDisruptionBudget(_) => "PodDisruptionBudget",
            K8sObject::HorizontalPodAutoscaler(_) => "HorizontalPodAutoscaler",
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            "Role",
            "Role",
            "RoleBinding",
            "RoleBinding",
            "ServiceAccount",
            "Service",
            "Ingress",
            "Ingress",
            "NetworkPolicy",
            "Namespace",
            "Secret",
            "ConfigMap",
            "PodDisruptionBudget",
            "HorizontalPodAutoscaler",
        ]
    );
    // And each one's header.
    for o in &objs {
        let m = o.meta().unwrap();
        assert!(m.name.is_explicit());
        assert_eq!(
            text.lines()
                .nth(line(&m.origin) as usize - 1)
                .map(|l| l.starts_with("kind:")),
            Some(true)
        );
    }
}

#[test]
fn rbac() {
    let text = fixture("objects.yaml");
    let objs = objects(&text);
    let K8sObject::Role(role) = &objs[0] else {
        panic!()
    };
    assert!(!role.cluster);
    assert_eq!(role.meta.namespace_str(), Some("shop"));
    assert_eq!(role.rules.len(), 2);
    assert_eq!(
        role.rules[0].resources.get(),
        Some(&strs(&["pods", "pods/log"]))
    );
    assert_eq!(role.rules[0].api_groups.get(), Some(&strs(&[""])));
    assert_eq!(role.rules[0].resource_names.state, State::Defaulted(vec![]));
    assert_eq!(role.rules[1].verbs.get(), Some(&strs(&["*"])));
    assert_eq!(
        line(&role.rules[1].verbs.origin),
        line_of(&text, "verbs: [\"*\"]")
    );
    assert_eq!(role.rules[1].resource_names.get(), Some(&strs(&["db"])));
    assert_eq!(role.aggregated.state, State::Defaulted(false));

    let K8sObject::Role(cr) = &objs[1] else {
        panic!()
    };
    assert!(cr.cluster);
    assert_eq!(cr.meta.namespace.state, State::Defaulted(None));
    assert_eq!(cr.aggregated.state, State::Explicit(true));
    assert_eq!(
        cr.rules[0].non_resource_urls.get(),
        Some(&strs(&["/metrics"]))
    );

    let K8sObject::RoleBinding(rb) = &objs[2] else {
        panic!()
    };
    assert!(!rb.cluster);
    assert_eq!(rb.role_ref.kind.get().map(String::as_str), Some("Role"));
    assert_eq!(
        rb.role_ref.name.get().map(String::as_str),
        Some("pod-reader")
    );
    assert_eq!(rb.subjects.len(), 2);
    // A ServiceAccount subject without a namespace is in the binding's.
    assert_eq!(
        rb.subjects[0].namespace.state,
        State::Defaulted(Some("shop".to_string()))
    );
    assert_eq!(rb.subjects[1].kind.get().map(String::as_str), Some("User"));
    assert_eq!(rb.subjects[1].namespace.state, State::Defaulted(None));

    let K8sObject::RoleBinding(crb) = &objs[3] else {
        panic!()
    };
    assert!(crb.cluster);
    assert_eq!(
        crb.role_ref.name.get().map(String::as_str),
        Some("cluster-admin")
    );
    assert_eq!(
        crb.role_ref.api_group.state,
        State::Defaulted("rbac.authorization.k8s.io".to_string())
    );
    assert_eq!(
        crb.subjects[0].namespace.state,
        State::Explicit(Some("shop".to_string()))
    );

    let K8sObject::ServiceAccount(sa) = &objs[4] else {
        panic!()
    };
    assert_eq!(
        sa.automount_service_account_token.state,
        State::Explicit(Some(false))
    );
    assert_eq!(sa.image_pull_secrets.get(), Some(&strs(&["regcred"])));
    assert_eq!(sa.secrets.state, State::Defaulted(vec![]));
}

#[test]
fn networking() {
    let text = fixture("objects.yaml");
    let objs = objects(&text);
    let K8sObject::Service(svc) = &objs[5] else {
        panic!()
    };
    assert_eq!(
        svc.service_type.state,
        State::Explicit("LoadBalancer".to_string())
    );
    assert_eq!(
        svc.selector
            .get()
            .and_then(|s| s.get("app"))
            .map(String::as_str),
        Some("web")
    );
    assert_eq!(
        svc.load_balancer_source_ranges.get(),
        Some(&strs(&["10.0.0.0/8"]))
    );
    assert_eq!(svc.ports.len(), 2);
    assert_eq!(svc.ports[0].node_port.state, State::Explicit(Some(30080)));
    assert_eq!(
        svc.ports[0].target_port.state,
        State::Explicit(Some("8080".to_string()))
    );
    // targetPort defaults to port.
    assert_eq!(
        svc.ports[1].target_port.state,
        State::Defaulted(Some("443".to_string()))
    );
    assert_eq!(
        svc.ports[1].protocol.state,
        State::Defaulted("TCP".to_string())
    );

    let K8sObject::Ingress(ing) = &objs[6] else {
        panic!()
    };
    assert_eq!(ing.tls.state, State::Explicit(true));
    assert_eq!(ing.tls_hosts.get(), Some(&strs(&["shop.example.com"])));
    assert_eq!(ing.hosts.get(), Some(&strs(&["shop.example.com"])));
    assert_eq!(
        ing.backend_services.get(),
        Some(&strs(&["fallback", "web"]))
    );
    assert_eq!(
        ing.ingress_class_name.state,
        State::Explicit(Some("nginx".to_string()))
    );
    let K8sObject::Ingress(legacy) = &objs[7] else {
        panic!()
    };
    assert_eq!(legacy.tls.state, State::Defaulted(false));
    assert_eq!(
        legacy.meta.namespace.state,
        State::Defaulted(Some("default".to_string()))
    );
    assert_eq!(legacy.backend_services.get(), Some(&strs(&["legacy"])));

    let K8sObject::NetworkPolicy(np) = &objs[8] else {
        panic!()
    };
    // Not written: Ingress, plus Egress because egress rules exist.
    assert_eq!(
        np.policy_types.state,
        State::Defaulted(strs(&["Ingress", "Egress"]))
    );
    assert_eq!(np.applies_to_egress(), Some(true));
    assert_eq!(np.ingress.len(), 1);
    assert_eq!(np.ingress[0].peers.len(), 2);
    assert!(np.ingress[0].peers[0].namespace_selector.is_some());
    assert!(np.ingress[0].peers[0].pod_selector.is_none());
    assert_eq!(
        np.ingress[0].peers[1].ip_block_cidr.state,
        State::Explicit(Some("10.0.0.0/8".into()))
    );
    assert_eq!(
        np.ingress[0].peers[1].ip_block_except.get(),
        Some(&strs(&["10.1.0.0/16"]))
    );
    assert_eq!(
        np.ingress[0].ports[0].port.state,
        State::Explicit(Some("8080".into()))
    );
    // `egress: [{}]`: one rule, every peer, every port.
    assert_eq!(np.egress.len(), 1);
    assert!(np.egress[0].peers.is_empty() && np.egress[0].ports.is_empty());
    let mut labels = parapet_model::k8s::StringMap::new();
    labels.insert("app".into(), "web".into());
    assert_eq!(np.pod_selector.matches(&labels), Some(true));
    labels.insert("tier".into(), "db".into());
    assert_eq!(np.pod_selector.matches(&labels), Some(false));
}

#[test]
fn namespaces_secrets_and_the_rest() {
    let text = fixture("objects.yaml");
    let objs = objects(&text);
    let K8sObject::Namespace(ns) = &objs[9] else {
        panic!()
    };
    assert_eq!(
        ns.pod_security.enforce.state,
        State::Explicit(Some("restricted".into()))
    );
    assert_eq!(
        line(&ns.pod_security.enforce.origin),
        line_of(&text, "pod-security.kubernetes.io/enforce")
    );
    assert_eq!(
        ns.pod_security.warn.state,
        State::Explicit(Some("baseline".into()))
    );
    assert_eq!(ns.pod_security.audit.state, State::Defaulted(None));
    assert_eq!(ns.meta.namespace.state, State::Defaulted(None));

    let K8sObject::Secret(secret) = &objs[10] else {
        panic!()
    };
    assert_eq!(
        secret.secret_type.state,
        State::Explicit("kubernetes.io/basic-auth".into())
    );
    assert_eq!(secret.keys.get(), Some(&strs(&["username", "password"])));
    // Values never enter the model.
    let json = serde_json::to_string(secret).unwrap();
    assert!(
        !json.contains("hunter2") && !json.contains("YWRtaW4="),
        "{json}"
    );
    let unit = load("objects.yaml", &text);
    let res = unit
        .resources
        .iter()
        .find(|r| r.source_type == "Secret")
        .unwrap();
    assert!(!format!("{res:?}").contains("hunter2"));
    assert!(secret
        .meta
        .annotation("kubectl.kubernetes.io/last-applied-configuration")
        .is_some());

    let K8sObject::ConfigMap(cm) = &objs[11] else {
        panic!()
    };
    assert_eq!(cm.keys.get(), Some(&strs(&["feature", "blob"])));
    assert_eq!(cm.immutable.state, State::Explicit(true));

    let K8sObject::PodDisruptionBudget(pdb) = &objs[12] else {
        panic!()
    };
    assert_eq!(pdb.min_available.state, State::Explicit(Some("50%".into())));
    assert_eq!(pdb.max_unavailable.state, State::Defaulted(None));
    assert_eq!(
        pdb.selector
            .match_labels
            .get()
            .and_then(|m| m.get("app"))
            .map(String::as_str),
        Some("web")
    );

    let K8sObject::HorizontalPodAutoscaler(hpa) = &objs[13] else {
        panic!()
    };
    assert_eq!(
        hpa.target_kind.get().map(String::as_str),
        Some("Deployment")
    );
    assert_eq!(hpa.target_name.get().map(String::as_str), Some("web"));
    assert_eq!(hpa.min_replicas.state, State::Defaulted(1));
    assert_eq!(hpa.max_replicas.state, State::Explicit(Some(10)));
}

#[test]
fn crds_and_not_objects() {
    let text = "\
apiVersion: ray.io/v1
kind: RayCluster
metadata:
  name: rc
  namespace: ml
---
kind: Deployment
---
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: knative-is-not-core
";
    let objs = objects(text);
    match &objs[0] {
        K8sObject::Other(m) => {
            assert_eq!(m.kind, "RayCluster");
            assert_eq!(m.namespace_str(), Some("ml"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(objs[1], K8sObject::NotAnObject);
    // A kind of another API group is not the core kind of the same name.
    assert!(matches!(&objs[2], K8sObject::Other(m) if m.kind == "Service"));
}
