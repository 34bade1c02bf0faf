//! KUBERNETES-POD-005: the pod mounts a directory or file of the node (`hostPath` volume).

use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::VolumeSource;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        let mut any = false;
        for v in &w.pod.volumes {
            let name = v.name.get().map(String::as_str).unwrap_or("?");
            match &v.source {
                VolumeSource::HostPath { path, .. } => {
                    any = true;
                    let what = match path.get() {
                        Some(p) => format!("the node's `{p}`"),
                        None => "a path of the node".to_string(),
                    };
                    out.fail(
                        &path.origin,
                        format!("Volume `{name}` mounts {what} (`hostPath`)"),
                    );
                }
                VolumeSource::Other { key } if key == "?" => {
                    any = true;
                    out.skip(&v.origin, "the volume's source is unknown");
                }
                _ => {}
            }
        }
        if !any {
            out.pass(&w.pod.origin);
        }
    }
}
