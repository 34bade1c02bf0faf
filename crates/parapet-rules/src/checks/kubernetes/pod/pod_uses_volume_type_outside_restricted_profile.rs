//! KUBERNETES-POD-014: the pod uses a volume type the Restricted profile does not allow.
//! `hostPath` volumes are reported by KUBERNETES-POD-005 and left out here.

use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

/// The volume types of the Restricted profile.
const ALLOWED: &[&str] = &[
    "configMap",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "persistentVolumeClaim",
    "projected",
    "secret",
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        for v in &w.pod.volumes {
            let kind = v.source.kind();
            let name = v.name.get().map(String::as_str).unwrap_or("?");
            if kind == "?" {
                out.skip(&v.origin, "the volume's source is unknown");
            } else if kind == "hostPath" || ALLOWED.contains(&kind) {
                out.pass(&v.origin);
            } else {
                out.fail(
                    &v.origin,
                    format!("Volume `{name}` is a `{kind}` volume, a type the Restricted profile does not allow"),
                );
            }
        }
    }
}
