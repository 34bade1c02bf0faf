//! KUBERNETES-POD-009: a container's AppArmor profile is `Unconfined`.

use crate::checks::kubernetes::common::{
    per_container, pod_value_overridden, unknown, workload, Verdict,
};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.app_armor_profile;
            match v.get() {
                None => unknown(v),
                Some(Some(p)) if p.is_unconfined() => Verdict::Fail(
                    v.origin.clone(),
                    "Runs without AppArmor confinement (profile `Unconfined`)".into(),
                ),
                Some(_) => Verdict::Pass(v.origin.clone()),
            }
        });
        pod_value_overridden(
            w,
            out,
            &w.pod.security_context.app_armor_profile,
            |c| &c.security_context.app_armor_profile,
            |p| p.is_unconfined(),
            "Sets the AppArmor profile `Unconfined`",
        );
    }
}
