//! KUBERNETES-NETWORK-004: in a namespace where the scan holds NetworkPolicies, no policy
//! restricting ingress selects the workload's pods. Terraform workloads are not evaluated: the
//! scan does not model the provider's NetworkPolicies (see `from_manifest`).

use crate::checks::kubernetes::common::{
    from_manifest, placement, same_namespace, workload, Placement,
};
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::StringMap;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        if !from_manifest(ctx.resource) {
            return;
        }
        let labels_v = &w.pod_labels;
        let Some(ns) = w.meta.namespace_str() else {
            return out.expect(&w.meta.namespace, |_| false, "");
        };
        if placement(&w.meta) == Placement::Unknown {
            return out.skip(&labels_v.origin, "the namespace is unknown");
        }
        // Host-network pods are outside NetworkPolicies altogether (KUBERNETES-POD-002).
        if w.pod.host_network.get() != Some(&false) {
            return;
        }
        let policies: Vec<_> = ctx
            .model
            .resources
            .iter()
            .filter_map(|r| match &r.config {
                Config::K8sNetworkPolicy(p) if same_namespace(&p.meta, &w.meta) => Some(p),
                _ => None,
            })
            .collect();
        // Without a policy in the namespace the scan cannot tell whether the cluster's
        // policies are managed elsewhere: not evaluated.
        if policies.is_empty() {
            return;
        }
        let Some(raw) = labels_v.get() else {
            return out.expect(labels_v, |_| false, "");
        };
        let mut labels = StringMap::new();
        for (k, v) in raw {
            match v.get() {
                Some(v) => {
                    labels.insert(k.clone(), v.clone());
                }
                None => return out.expect(v, |_| false, ""),
            }
        }
        let mut unknown = None;
        for p in &policies {
            match (p.applies_to_ingress(), p.pod_selector.matches(&labels)) {
                (Some(true), Some(true)) => return out.pass(&labels_v.origin),
                (Some(_), Some(_)) => {}
                _ => unknown = Some(p.meta.name_str().unwrap_or("?").to_string()),
            }
        }
        if let Some(name) = unknown {
            return out.skip(
                &labels_v.origin,
                format!("NetworkPolicy `{name}` has an unknown selector or policy types"),
            );
        }
        out.fail(
            &labels_v.origin,
            format!(
                "No NetworkPolicy of namespace `{ns}` restricts ingress to the {}'s pods, though the namespace has {}: any pod in the cluster can connect to them",
                w.kind.as_str(),
                if policies.len() == 1 { "one".to_string() } else { format!("{}", policies.len()) }
            ),
        );
    }
}
