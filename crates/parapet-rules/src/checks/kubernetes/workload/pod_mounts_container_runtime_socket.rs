//! KUBERNETES-WORKLOAD-013: the pod mounts the container runtime's socket (Docker,
//! containerd, CRI-O, Podman) or a directory holding it.

use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::VolumeSource;

pub struct Rule;

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
                Some(p) if crate::checks::is_container_runtime_socket(p) => out.fail(
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
