//! AWS-EC2-013: a security group admits a container or cluster control-plane port from
//! anywhere.

use super::common::report_named_ports_open_to_world;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

/// Control planes of container hosts and clusters.
pub(crate) const PORTS: &[(&str, i64, &str)] = &[
    ("tcp", 2375, "Docker daemon"),
    ("tcp", 2376, "Docker daemon (TLS)"),
    ("tcp", 2379, "etcd client"),
    ("tcp", 2380, "etcd peer"),
    ("tcp", 6443, "Kubernetes API server"),
    ("tcp", 10250, "kubelet API"),
    ("tcp", 10255, "kubelet read-only API"),
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        report_named_ports_open_to_world(
            ctx,
            out,
            PORTS,
            "whoever reaches a control plane can run containers or read cluster secrets",
        );
    }
}
