//! KUBERNETES-WORKLOAD-004: a container of a long-running workload has no liveness probe.

use crate::checks::kubernetes::common::{
    is_long_running, per_container, unknown, workload, Verdict,
};
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::ContainerGroup;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        if !is_long_running(w) {
            return;
        }
        per_container(w, out, |c| {
            if c.group != ContainerGroup::Containers {
                return Verdict::None;
            }
            let v = &c.liveness_probe;
            match v.get() {
                None => unknown(v),
                Some(true) => Verdict::Pass(v.origin.clone()),
                Some(false) => Verdict::Fail(
                    v.origin.clone(),
                    "Has no liveness probe: a hung process is never restarted".into(),
                ),
            }
        });
    }
}
