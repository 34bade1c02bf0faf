//! KUBERNETES-POD-013: the pod sets sysctls outside the safe set.

use crate::checks::kubernetes::common::{code_list, workload};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

/// The sysctls the Baseline profile allows: namespaced, isolated from the node and other pods.
const SAFE: &[&str] = &[
    "kernel.shm_rmid_forced",
    "net.ipv4.ip_local_port_range",
    "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time",
    "net.ipv4.tcp_fin_timeout",
    "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        let v = &w.pod.security_context.sysctls;
        let Some(list) = v.get() else {
            out.expect(v, |_| false, "");
            return;
        };
        // Sysctl names may use `/` as the separator (`net/ipv4/tcp_syncookies`).
        let unsafe_: Vec<&str> = list
            .iter()
            .map(|s| s.name.as_str())
            .filter(|n| !SAFE.contains(&n.replace('/', ".").as_str()))
            .collect();
        if unsafe_.is_empty() {
            out.pass(&v.origin);
        } else {
            out.fail(
                &v.origin,
                format!(
                    "The pod sets {} {}, outside the safe set",
                    if unsafe_.len() == 1 {
                        "sysctl"
                    } else {
                        "sysctls"
                    },
                    code_list(&unsafe_)
                ),
            );
        }
    }
}
