//! KUBERNETES-WORKLOAD-002: a container has no memory limit.

use crate::checks::kubernetes::common::{
    limit_range_may_apply, per_container, unknown, workload, Verdict,
};
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::ContainerGroup;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        // A LimitRange of the namespace gives containers a default limit.
        if limit_range_may_apply(ctx) {
            out.skip(
                &w.meta.origin,
                "a LimitRange of the scan may give the namespace a default memory limit",
            );
            return;
        }
        per_container(w, out, |c| {
            // Ephemeral containers take no resources.
            if c.group == ContainerGroup::EphemeralContainers {
                return Verdict::None;
            }
            let v = &c.resources.limits.memory;
            match v.get() {
                None => unknown(v),
                Some(Some(_)) => Verdict::Pass(v.origin.clone()),
                Some(None) => Verdict::Fail(
                    v.origin.clone(),
                    "Sets no memory limit (`resources.limits.memory`)".into(),
                ),
            }
        });
    }
}
