//! KUBERNETES-WORKLOAD-013: the pod mounts the container runtime's socket (Docker,
//! containerd, CRI-O, Podman) or a directory holding it.

use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::VolumeSource;

pub struct Rule;

/// Runtime sockets, and the directories that hold them.
const PATHS: &[&str] = &[
    "/var/run/docker.sock",
    "/run/docker.sock",
    "/var/run/containerd/containerd.sock",
    "/run/containerd/containerd.sock",
    "/var/run/crio/crio.sock",
    "/run/crio/crio.sock",
    "/var/run/cri-dockerd.sock",
    "/run/cri-dockerd.sock",
    "/run/podman/podman.sock",
    "/var/run/podman/podman.sock",
    "/var/run/containerd",
    "/run/containerd",
    "/var/run/crio",
    "/run/crio",
    "/run/podman",
    "/var/run/podman",
    "/var/run",
    "/run",
];

fn normalize(p: &str) -> String {
    let mut s = p.trim().to_string();
    while s.len() > 1 && s.ends_with('/') {
        s.pop();
    }
    s
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        for v in &w.pod.volumes {
            let VolumeSource::HostPath { path, .. } = &v.source else {
                continue;
            };
            let name = v.name.get().map(String::as_str).unwrap_or("?");
            match path.get() {
                None => out.expect(path, |_| false, ""),
                Some(p) if PATHS.contains(&normalize(p).as_str()) => out.fail(
                    &path.origin,
                    if p.ends_with(".sock") {
                        format!("Volume `{name}` mounts the container runtime socket `{p}`")
                    } else {
                        format!("Volume `{name}` mounts `{p}`, which holds the container runtime socket")
                    },
                ),
                Some(_) => out.pass(&path.origin),
            }
        }
    }
}
