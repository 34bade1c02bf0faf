//! KUBERNETES-NETWORK-002: a Service of type NodePort opens a port on every node.

use crate::checks::kubernetes::common::same_namespace;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sService(s) = &ctx.resource.config else {
            return;
        };
        // Ingress controllers that route to node ports (GKE without container-native load
        // balancing, many bare-metal setups) need their backends to be NodePort Services.
        if s.service_type.get().is_some_and(|t| t == "NodePort") {
            if let Some(name) = s.meta.name_str() {
                let backing = ctx.model.resources.iter().find_map(|r| match &r.config {
                    Config::K8sIngress(i)
                        if same_namespace(&i.meta, &s.meta)
                            && i.backend_services
                                .get()
                                .is_some_and(|b| b.iter().any(|x| x == name)) =>
                    {
                        i.meta.name_str()
                    }
                    _ => None,
                });
                if let Some(ingress) = backing {
                    out.skip(
                        &s.service_type.origin,
                        format!("the NodePort Service is a backend of Ingress `{ingress}`"),
                    );
                    return;
                }
            }
        }
        let ports: Vec<String> = s
            .ports
            .iter()
            .filter_map(|p| p.node_port.get().and_then(|n| *n))
            .map(|n| n.to_string())
            .collect();
        let which = if ports.is_empty() {
            "a port".to_string()
        } else {
            format!("port {}", ports.join(", "))
        };
        out.expect(
            &s.service_type,
            |t| t == "NodePort",
            format!("The NodePort Service opens {which} on every node of the cluster, outside any load balancer or Ingress"),
        );
    }
}
