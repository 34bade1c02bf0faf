//! KUBERNETES-WORKLOAD-003: a container requests no CPU or no memory.

use crate::checks::kubernetes::common::{
    limit_range_may_apply, per_container, unknown, workload, Verdict,
};
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::ContainerGroup;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        // A LimitRange of the namespace gives containers default requests.
        if limit_range_may_apply(ctx) {
            out.skip(
                &w.meta.origin,
                "a LimitRange of the scan may give the namespace default requests",
            );
            return;
        }
        per_container(w, out, |c| {
            if c.group == ContainerGroup::EphemeralContainers {
                return Verdict::None;
            }
            let r = &c.resources.requests;
            let (Some(cpu), Some(mem)) = (r.cpu.get(), r.memory.get()) else {
                return if r.cpu.is_known() {
                    unknown(&r.memory)
                } else {
                    unknown(&r.cpu)
                };
            };
            let missing: Vec<&str> = [("cpu", cpu), ("memory", mem)]
                .into_iter()
                .filter(|(_, v)| v.is_none())
                .map(|(k, _)| k)
                .collect();
            match missing.as_slice() {
                [] => Verdict::Pass(r.origin.clone()),
                [one] => Verdict::Fail(
                    r.origin.clone(),
                    format!(
                        "Requests no {} (no `resources.requests.{one}`, nor a limit it defaults to)",
                        if *one == "cpu" { "CPU" } else { "memory" }
                    ),
                ),
                _ => Verdict::Fail(
                    r.origin.clone(),
                    "Requests neither CPU nor memory (`resources.requests`)".into(),
                ),
            }
        });
    }
}
