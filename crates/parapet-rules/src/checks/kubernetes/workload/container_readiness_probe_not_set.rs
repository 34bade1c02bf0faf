//! KUBERNETES-WORKLOAD-005: a container of a workload that a Service sends traffic to has no
//! readiness probe. Terraform workloads are not evaluated: the scan does not model the
//! provider's Services (see `from_manifest`).

use crate::checks::kubernetes::common::{
    from_manifest, is_long_running, per_container, same_namespace, unknown, workload, Verdict,
};
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::{Container, ContainerGroup};
use parapet_model::{Config, EdgeKind};

pub struct Rule;

/// Whether one of the container's ports is among the Services' target ports (by number or
/// by name).
fn targeted(c: &Container, targets: &[String]) -> bool {
    c.ports.iter().any(|p| {
        let number = p
            .container_port
            .get()
            .and_then(|n| *n)
            .map(|n| n.to_string());
        let name = p.name.get().and_then(|n| n.clone());
        targets
            .iter()
            .any(|t| Some(t) == number.as_ref() || Some(t) == name.as_ref())
    })
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        if !from_manifest(ctx.resource) || !is_long_running(w) {
            return;
        }
        let services: Vec<_> = ctx
            .model
            .edges_to(ctx.index)
            .filter_map(|e| match (&e.kind, &ctx.model.resources[e.from].config) {
                (EdgeKind::Selects, Config::K8sService(s)) if same_namespace(&s.meta, &w.meta) => {
                    Some(s)
                }
                _ => None,
            })
            .collect();
        // Only pods that receive traffic through a Service need to signal readiness.
        let Some(first) = services.first() else {
            return;
        };
        let service = first.meta.name_str().unwrap_or("?");
        let targets: Vec<String> = services
            .iter()
            .flat_map(|s| s.ports.iter())
            .filter_map(|p| p.target_port.get().and_then(|t| t.clone()))
            .collect();
        let serving = |c: &Container| c.group == ContainerGroup::Containers;
        // The containers serving the traffic: those whose ports the Services target; else
        // those declaring ports; else all.
        let by_target = w
            .pod
            .containers
            .iter()
            .any(|c| serving(c) && targeted(c, &targets));
        let by_ports = w
            .pod
            .containers
            .iter()
            .any(|c| serving(c) && !c.ports.is_empty());
        per_container(w, out, |c| {
            if !serving(c)
                || (by_target && !targeted(c, &targets))
                || (!by_target && by_ports && c.ports.is_empty())
            {
                return Verdict::None;
            }
            let v = &c.readiness_probe;
            match v.get() {
                None => unknown(v),
                Some(true) => Verdict::Pass(v.origin.clone()),
                Some(false) => Verdict::Fail(
                    v.origin.clone(),
                    format!("Has no readiness probe, though Service `{service}` sends it traffic"),
                ),
            }
        });
    }
}
