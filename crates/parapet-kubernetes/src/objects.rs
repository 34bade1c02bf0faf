//! Object metadata and the kinds other than workloads.

use crate::cx::{Cx, Obj};
use crate::scope::{scope, Scope};
use parapet_model::k8s::{
    ConfigMap, HorizontalPodAutoscaler, Ingress, LabelSelector, LabelSelectorRequirement, Meta,
    Namespace, NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicyRule,
    PodDisruptionBudget, PodSecurityLabels, PolicyRule, Role, RoleBinding, RoleRef, Secret,
    Service, ServiceAccount, ServicePort, Subject,
};
use parapet_model::{State, Value};

/// The annotation in which `kubectl apply` keeps the last applied object.
pub(crate) const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

pub(crate) fn meta(cx: &Cx, top: &Obj, api_version: &str, kind: &str) -> Meta {
    let md = top.child(cx, "metadata");
    let name = md.opt_string_raw(cx, "name");
    let name = match name.state {
        State::Explicit(Some(n)) => Value::explicit(n, name.origin),
        State::Unknown(r) => Value::unknown(r, name.origin),
        _ => match crate::cx::raw_text(md.get("generateName")) {
            Some(g) => Value::unknown(format!("the name is generated from `{g}`"), name.origin),
            None => Value::unknown("`metadata.name` is not set", name.origin),
        },
    };
    let namespace = match scope(api_version, kind) {
        Scope::Namespaced => {
            let ns = md.opt_string_raw(cx, "namespace");
            match ns.state {
                // `namespace: ""` is the default namespace too.
                State::Explicit(Some(n)) if n.trim().is_empty() => {
                    Value::defaulted(Some("default".to_string()), ns.origin)
                }
                _ => ns.map(|n| Some(n.unwrap_or_else(|| "default".to_string()))),
            }
        }
        Scope::Cluster => Value::defaulted(None, md.origin.clone()),
        Scope::Unknown => md.opt_string_raw(cx, "namespace"),
    };
    let mut annotations = md.str_map(cx, "annotations");
    if kind == "Secret" {
        // `kubectl apply` keeps the whole object, values included, in an annotation.
        if let State::Explicit(m) = &mut annotations.state {
            for (k, v) in m.iter_mut() {
                if k == LAST_APPLIED {
                    v.state = State::Explicit("<redacted>".to_string());
                }
            }
        }
    }
    Meta {
        api_version: api_version.to_string(),
        kind: kind.to_string(),
        name,
        namespace,
        labels: md.str_map(cx, "labels"),
        annotations,
        origin: top.origin.clone(),
    }
}

pub(crate) fn label_selector(cx: &Cx, o: &Obj) -> LabelSelector {
    let match_expressions = if let Some(r) = &o.bad {
        Value::unknown(r.clone(), o.origin.clone())
    } else if let Some(n) = o.get("matchExpressions").filter(|n| !n.is_null()) {
        let mut out = Vec::new();
        let mut unknown = None;
        for e in o.items(cx, "matchExpressions") {
            let key = e.req_string(cx, "key");
            let op = e.req_string(cx, "operator");
            let values = e.strings(cx, "values");
            match (key.get(), op.get(), values.get()) {
                (Some(k), Some(op), Some(v)) => out.push(LabelSelectorRequirement {
                    key: k.clone(),
                    operator: op.clone(),
                    values: v.clone(),
                }),
                _ => {
                    let bad = [&key.state, &op.state]
                        .into_iter()
                        .find_map(|s| match s {
                            State::Unknown(r) => Some(r.clone()),
                            _ => None,
                        })
                        .or_else(|| values.unknown_reason().map(str::to_string))
                        .unwrap_or_default();
                    unknown = Some(Value::unknown(bad, e.origin.clone()));
                    break;
                }
            }
        }
        unknown.unwrap_or_else(|| Value::explicit(out, cx.origin(n)))
    } else {
        Value::defaulted(Vec::new(), o.origin.clone())
    };
    LabelSelector {
        match_labels: o.plain_map(cx, "matchLabels"),
        match_expressions,
        origin: o.origin.clone(),
    }
}

pub(crate) fn role(cx: &Cx, top: &Obj, api_version: &str, kind: &str) -> Role {
    Role {
        meta: meta(cx, top, api_version, kind),
        cluster: kind == "ClusterRole",
        rules: top
            .items(cx, "rules")
            .iter()
            .map(|r| PolicyRule {
                api_groups: r.strings(cx, "apiGroups"),
                resources: r.strings(cx, "resources"),
                verbs: r.strings(cx, "verbs"),
                resource_names: r.strings(cx, "resourceNames"),
                non_resource_urls: r.strings(cx, "nonResourceURLs"),
                origin: r.origin.clone(),
            })
            .collect(),
        aggregated: top.present(cx, "aggregationRule"),
    }
}

pub(crate) fn role_binding(cx: &Cx, top: &Obj, api_version: &str, kind: &str) -> RoleBinding {
    let meta = meta(cx, top, api_version, kind);
    let cluster = kind == "ClusterRoleBinding";
    let rr = top.child(cx, "roleRef");
    let role_ref = RoleRef {
        api_group: rr.string(cx, "apiGroup", "rbac.authorization.k8s.io"),
        kind: rr.req_string(cx, "kind"),
        name: rr.req_string(cx, "name"),
        origin: rr.origin.clone(),
    };
    let subjects = top
        .items(cx, "subjects")
        .iter()
        .map(|s| {
            let kind = s.req_string(cx, "kind");
            let mut namespace = s.opt_string(cx, "namespace");
            if !cluster
                && kind.get().is_some_and(|k| k == "ServiceAccount")
                && matches!(namespace.state, State::Defaulted(None))
            {
                if let Some(ns) = meta.namespace_str() {
                    namespace = Value::defaulted(Some(ns.to_string()), namespace.origin);
                }
            }
            Subject {
                kind,
                name: s.req_string(cx, "name"),
                namespace,
                api_group: s.opt_string(cx, "apiGroup"),
                origin: s.origin.clone(),
            }
        })
        .collect();
    RoleBinding {
        meta,
        cluster,
        role_ref,
        subjects,
    }
}

pub(crate) fn service_account(cx: &Cx, top: &Obj, api_version: &str) -> ServiceAccount {
    ServiceAccount {
        meta: meta(cx, top, api_version, "ServiceAccount"),
        automount_service_account_token: top.opt_bool(cx, "automountServiceAccountToken"),
        secrets: top.names(cx, "secrets"),
        image_pull_secrets: top.names(cx, "imagePullSecrets"),
    }
}

pub(crate) fn service(cx: &Cx, top: &Obj, api_version: &str) -> Service {
    let spec = top.child(cx, "spec");
    let ports = spec
        .items(cx, "ports")
        .iter()
        .map(|p| {
            let port = p.opt_int(cx, "port");
            let mut target_port = p.opt_string(cx, "targetPort");
            // targetPort defaults to port.
            if let (State::Defaulted(None), State::Explicit(Some(n))) =
                (&target_port.state, &port.state)
            {
                target_port = Value::defaulted(Some(n.to_string()), port.origin.clone());
            }
            ServicePort {
                name: p.opt_string(cx, "name"),
                port,
                target_port,
                node_port: p.opt_int(cx, "nodePort"),
                protocol: p.string(cx, "protocol", "TCP"),
                origin: p.origin.clone(),
            }
        })
        .collect();
    Service {
        meta: meta(cx, top, api_version, "Service"),
        service_type: spec.string(cx, "type", "ClusterIP"),
        ports,
        selector: spec.plain_map(cx, "selector"),
        cluster_ip: spec.opt_string(cx, "clusterIP"),
        external_ips: spec.strings(cx, "externalIPs"),
        external_name: spec.opt_string(cx, "externalName"),
        load_balancer_source_ranges: spec.strings(cx, "loadBalancerSourceRanges"),
    }
}

pub(crate) fn ingress(cx: &Cx, top: &Obj, api_version: &str) -> Ingress {
    let spec = top.child(cx, "spec");
    let tls_items = spec.items(cx, "tls");
    let tls = match spec.slot("tls") {
        s if s.bad.is_some() => Value::unknown(s.bad.unwrap_or_default(), s.fallback),
        s => match s.present() {
            Some(n) => match n.as_seq() {
                Some(items) => Value::explicit(!items.is_empty(), cx.origin(n)),
                None => Value::unknown("`tls`: expected a list", cx.origin(n)),
            },
            None => Value::defaulted(false, s.fallback),
        },
    };
    let tls_hosts = collect(tls_items.iter().map(|t| t.strings(cx, "hosts")), &spec);
    let rules = spec.items(cx, "rules");
    let hosts = collect(
        rules
            .iter()
            .map(|r| r.opt_string(cx, "host").map(|h| h.into_iter().collect())),
        &spec,
    );
    // Backends: v1 `backend.service.name`, v1beta1 `backend.serviceName`.
    let backend = |b: &Obj| -> Value<Vec<String>> {
        if b.has("service") {
            b.child(cx, "service")
                .opt_string(cx, "name")
                .map(|n| n.into_iter().collect())
        } else {
            b.opt_string(cx, "serviceName")
                .map(|n| n.into_iter().collect())
        }
    };
    let default_backend = if spec.has("defaultBackend") {
        spec.child(cx, "defaultBackend")
    } else {
        spec.child(cx, "backend")
    };
    let mut backends = vec![backend(&default_backend)];
    for r in &rules {
        for p in r.child(cx, "http").items(cx, "paths") {
            backends.push(backend(&p.child(cx, "backend")));
        }
    }
    let backend_services = collect(backends.into_iter(), &spec);
    Ingress {
        meta: meta(cx, top, api_version, "Ingress"),
        ingress_class_name: spec.opt_string(cx, "ingressClassName"),
        tls,
        tls_hosts,
        hosts,
        backend_services,
    }
}

/// Joins lists read from several places: unknown if any is, explicit if any is written.
fn collect(parts: impl Iterator<Item = Value<Vec<String>>>, parent: &Obj) -> Value<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    let mut origin = None;
    for p in parts {
        match &p.state {
            State::Unknown(_) => return p,
            State::Explicit(v) => {
                origin.get_or_insert_with(|| p.origin.clone());
                for s in v {
                    if !out.contains(s) {
                        out.push(s.clone());
                    }
                }
            }
            State::Defaulted(_) => {}
        }
    }
    match origin {
        Some(o) => Value::explicit(out, o),
        None => Value::defaulted(out, parent.origin.clone()),
    }
}

pub(crate) fn network_policy(cx: &Cx, top: &Obj, api_version: &str) -> NetworkPolicy {
    let spec = top.child(cx, "spec");
    let rules = |key: &str, peers_key: &str| -> Vec<NetworkPolicyRule> {
        spec.items(cx, key)
            .iter()
            .map(|r| NetworkPolicyRule {
                peers: r
                    .items(cx, peers_key)
                    .iter()
                    .map(|p| {
                        let sel = |k: &str| {
                            (p.has(k) || p.is_bad()).then(|| label_selector(cx, &p.child(cx, k)))
                        };
                        let ib = p.child(cx, "ipBlock");
                        NetworkPolicyPeer {
                            pod_selector: sel("podSelector"),
                            namespace_selector: sel("namespaceSelector"),
                            ip_block_cidr: ib.opt_string(cx, "cidr"),
                            ip_block_except: ib.strings(cx, "except"),
                            origin: p.origin.clone(),
                        }
                    })
                    .collect(),
                ports: r
                    .items(cx, "ports")
                    .iter()
                    .map(|p| NetworkPolicyPort {
                        protocol: p.string(cx, "protocol", "TCP"),
                        port: p.opt_string(cx, "port"),
                        end_port: p.opt_int(cx, "endPort"),
                        origin: p.origin.clone(),
                    })
                    .collect(),
                origin: r.origin.clone(),
            })
            .collect()
    };
    let ingress = rules("ingress", "from");
    let egress = rules("egress", "to");
    let written = spec.strings(cx, "policyTypes");
    let policy_types = match written.state {
        State::Defaulted(_) => {
            let mut t = vec!["Ingress".to_string()];
            if !egress.is_empty() {
                t.push("Egress".to_string());
            }
            Value::defaulted(t, written.origin)
        }
        _ => written,
    };
    NetworkPolicy {
        meta: meta(cx, top, api_version, "NetworkPolicy"),
        pod_selector: label_selector(cx, &spec.child(cx, "podSelector")),
        policy_types,
        ingress,
        egress,
    }
}

pub(crate) fn namespace(cx: &Cx, top: &Obj, api_version: &str) -> Namespace {
    let meta = meta(cx, top, api_version, "Namespace");
    let label = |mode: &str| -> Value<Option<String>> {
        let key = format!("pod-security.kubernetes.io/{mode}");
        match meta.labels.get() {
            None => Value::unknown(
                meta.labels.unknown_reason().unwrap_or_default(),
                meta.labels.origin.clone(),
            ),
            Some(m) => match m.get(&key) {
                Some(v) => v.clone().map(Some),
                None => Value::defaulted(None, meta.labels.origin.clone()),
            },
        }
    };
    let pod_security = PodSecurityLabels {
        enforce: label("enforce"),
        enforce_version: label("enforce-version"),
        audit: label("audit"),
        audit_version: label("audit-version"),
        warn: label("warn"),
        warn_version: label("warn-version"),
    };
    Namespace { meta, pod_security }
}

pub(crate) fn secret(cx: &Cx, top: &Obj, api_version: &str) -> Secret {
    Secret {
        meta: meta(cx, top, api_version, "Secret"),
        secret_type: top.string(cx, "type", "Opaque"),
        keys: top.keys_of(cx, &["data", "stringData"]),
        immutable: top.bool(cx, "immutable", false),
    }
}

pub(crate) fn config_map(cx: &Cx, top: &Obj, api_version: &str) -> ConfigMap {
    ConfigMap {
        meta: meta(cx, top, api_version, "ConfigMap"),
        keys: top.keys_of(cx, &["data", "binaryData"]),
        immutable: top.bool(cx, "immutable", false),
    }
}

pub(crate) fn pdb(cx: &Cx, top: &Obj, api_version: &str) -> PodDisruptionBudget {
    let spec = top.child(cx, "spec");
    PodDisruptionBudget {
        meta: meta(cx, top, api_version, "PodDisruptionBudget"),
        selector: label_selector(cx, &spec.child(cx, "selector")),
        min_available: spec.opt_string(cx, "minAvailable"),
        max_unavailable: spec.opt_string(cx, "maxUnavailable"),
    }
}

pub(crate) fn hpa(cx: &Cx, top: &Obj, api_version: &str) -> HorizontalPodAutoscaler {
    let spec = top.child(cx, "spec");
    let target = spec.child(cx, "scaleTargetRef");
    HorizontalPodAutoscaler {
        meta: meta(cx, top, api_version, "HorizontalPodAutoscaler"),
        target_api_version: target.opt_string(cx, "apiVersion"),
        target_kind: target.req_string(cx, "kind"),
        target_name: target.req_string(cx, "name"),
        min_replicas: spec.int(cx, "minReplicas", 1),
        max_replicas: spec.opt_int(cx, "maxReplicas"),
    }
}
