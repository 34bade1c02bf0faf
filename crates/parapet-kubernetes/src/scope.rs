//! What kind of object a header names: its API group, whether it is namespaced, whether it is
//! a tool's configuration rather than a cluster object.

/// The API group of an `apiVersion` (`""` for the core group `v1`).
pub(crate) fn group(api_version: &str) -> &str {
    api_version.rsplit_once('/').map(|(g, _)| g).unwrap_or("")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    Namespaced,
    Cluster,
    /// A kind this crate does not know (CRD instances): namespaced only if a namespace is
    /// written.
    Unknown,
}

/// The kinds the adapter types, by API group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Known {
    Workload(parapet_model::k8s::WorkloadKind),
    Role,
    RoleBinding,
    ServiceAccount,
    Service,
    Ingress,
    NetworkPolicy,
    Namespace,
    Secret,
    ConfigMap,
    PodDisruptionBudget,
    HorizontalPodAutoscaler,
}

pub(crate) fn known(api_version: &str, kind: &str) -> Option<Known> {
    use parapet_model::k8s::WorkloadKind as W;
    let g = group(api_version);
    let apps = matches!(g, "apps" | "extensions");
    let rbac = g == "rbac.authorization.k8s.io";
    Some(match kind {
        "Pod" | "ReplicationController" if g.is_empty() => Known::Workload(W::parse(kind)?),
        "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet" if apps => {
            Known::Workload(W::parse(kind)?)
        }
        "Job" | "CronJob" if g == "batch" => Known::Workload(W::parse(kind)?),
        "Role" | "ClusterRole" if rbac => Known::Role,
        "RoleBinding" | "ClusterRoleBinding" if rbac => Known::RoleBinding,
        "ServiceAccount" if g.is_empty() => Known::ServiceAccount,
        "Service" if g.is_empty() => Known::Service,
        "Ingress" if matches!(g, "networking.k8s.io" | "extensions") => Known::Ingress,
        "NetworkPolicy" if matches!(g, "networking.k8s.io" | "extensions") => Known::NetworkPolicy,
        "Namespace" if g.is_empty() => Known::Namespace,
        "Secret" if g.is_empty() => Known::Secret,
        "ConfigMap" if g.is_empty() => Known::ConfigMap,
        "PodDisruptionBudget" if g == "policy" => Known::PodDisruptionBudget,
        "HorizontalPodAutoscaler" if g == "autoscaling" => Known::HorizontalPodAutoscaler,
        _ => return None,
    })
}

/// Whether objects of a kind live in a namespace.
pub(crate) fn scope(api_version: &str, kind: &str) -> Scope {
    let g = group(api_version);
    const CLUSTER: &[&str] = &[
        "Namespace",
        "Node",
        "PersistentVolume",
        "ClusterRole",
        "ClusterRoleBinding",
        "StorageClass",
        "CSIDriver",
        "CSINode",
        "VolumeAttachment",
        "VolumeAttributesClass",
        "CustomResourceDefinition",
        "APIService",
        "MutatingWebhookConfiguration",
        "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding",
        "MutatingAdmissionPolicy",
        "MutatingAdmissionPolicyBinding",
        "PriorityClass",
        "RuntimeClass",
        "IngressClass",
        "PodSecurityPolicy",
        "CertificateSigningRequest",
        "ClusterTrustBundle",
        "ComponentStatus",
        "FlowSchema",
        "PriorityLevelConfiguration",
        "DeviceClass",
        "IPAddress",
        "ServiceCIDR",
    ];
    const NAMESPACED: &[&str] = &[
        "Pod",
        "ReplicationController",
        "Service",
        "ServiceAccount",
        "Secret",
        "ConfigMap",
        "Endpoints",
        "Event",
        "LimitRange",
        "PersistentVolumeClaim",
        "PodTemplate",
        "ResourceQuota",
        "Deployment",
        "StatefulSet",
        "DaemonSet",
        "ReplicaSet",
        "ControllerRevision",
        "Job",
        "CronJob",
        "Role",
        "RoleBinding",
        "Ingress",
        "NetworkPolicy",
        "PodDisruptionBudget",
        "HorizontalPodAutoscaler",
        "EndpointSlice",
        "Lease",
        "CSIStorageCapacity",
        "ResourceClaim",
        "ResourceClaimTemplate",
    ];
    let core = g.is_empty() || g.ends_with(".k8s.io") || !g.contains('.');
    if core && CLUSTER.contains(&kind) {
        Scope::Cluster
    } else if core && NAMESPACED.contains(&kind) {
        Scope::Namespaced
    } else {
        Scope::Unknown
    }
}

/// Configuration files of tools that look like objects (`apiVersion` + `kind`) but are never
/// sent to a cluster: Kustomize, Skaffold, kind, kubeadm, kubeconfig, component configs.
pub(crate) fn is_tool_config(api_version: &str, kind: &str) -> bool {
    let g = group(api_version);
    matches!(
        g,
        "kustomize.config.k8s.io"
            | "config.kubernetes.io"
            | "kpt.dev"
            | "fn.kpt.dev"
            | "skaffold"
            | "kind.x-k8s.io"
            | "k3d.io"
            | "eksctl.io"
            | "ctlptl.dev"
            | "kubeadm.k8s.io"
            | "audit.k8s.io"
            | "client.authentication.k8s.io"
    ) || g.ends_with(".config.k8s.io")
        || api_version == "builtin"
        || (g.is_empty() && kind == "Config")
}
