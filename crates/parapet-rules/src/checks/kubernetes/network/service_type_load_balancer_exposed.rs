//! KUBERNETES-NETWORK-001: a Service of type LoadBalancer is reachable from any address: no
//! internal load balancer annotation and no source ranges restricting it.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

/// Annotations (key, value) that make a cloud provider create an internal load balancer.
const INTERNAL: &[(&str, &str)] = &[
    (
        "service.beta.kubernetes.io/aws-load-balancer-internal",
        "true",
    ),
    (
        "service.beta.kubernetes.io/aws-load-balancer-scheme",
        "internal",
    ),
    ("networking.gke.io/load-balancer-type", "internal"),
    ("cloud.google.com/load-balancer-type", "internal"),
    (
        "service.beta.kubernetes.io/azure-load-balancer-internal",
        "true",
    ),
    (
        "service.beta.kubernetes.io/oci-load-balancer-internal",
        "true",
    ),
    (
        "service.beta.kubernetes.io/openstack-internal-load-balancer",
        "true",
    ),
    (
        "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type",
        "private",
    ),
    (
        "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type",
        "intranet",
    ),
];

const SOURCE_RANGES: &str = "service.beta.kubernetes.io/load-balancer-source-ranges";

fn is_open(cidr: &str) -> bool {
    matches!(cidr.trim(), "0.0.0.0/0" | "::/0")
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sService(s) = &ctx.resource.config else {
            return;
        };
        let t = &s.service_type;
        match t.get() {
            None => return out.expect(t, |_| false, ""),
            Some(kind) if kind != "LoadBalancer" => return out.pass(&t.origin),
            Some(_) => {}
        }
        let Some(annotations) = s.meta.annotations.get() else {
            return out.expect(&s.meta.annotations, |_| false, "");
        };
        for (key, want) in INTERNAL {
            if let Some(v) = annotations.get(*key) {
                match v.get() {
                    None => return out.expect(v, |_| false, ""),
                    Some(x) if x.trim().eq_ignore_ascii_case(want) => return out.pass(&v.origin),
                    Some(_) => {}
                }
            }
        }
        let ranges = &s.load_balancer_source_ranges;
        let Some(list) = ranges.get() else {
            return out.expect(ranges, |_| false, "");
        };
        let mut written: Vec<String> = list.clone();
        if let Some(v) = annotations.get(SOURCE_RANGES) {
            match v.get() {
                None => return out.expect(v, |_| false, ""),
                Some(x) => written.extend(x.split(',').map(|c| c.trim().to_string())),
            }
        }
        written.retain(|c| !c.is_empty());
        if !written.is_empty() && !written.iter().any(|c| is_open(c)) {
            return out.pass(&ranges.origin);
        }
        let why = if written.is_empty() {
            "no internal load balancer annotation and no `loadBalancerSourceRanges`"
        } else {
            "`loadBalancerSourceRanges` includes the whole internet"
        };
        out.fail(
            &t.origin,
            format!("The LoadBalancer Service is reachable from any address: {why}"),
        );
    }
}
