//! KUBERNETES-POD-018: no seccomp profile is set for a container (nor for its pod).
//! An explicit `Unconfined` profile is reported by KUBERNETES-POD-012 instead.

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.seccomp_profile;
            match v.get() {
                None => unknown(v),
                Some(None) => Verdict::Fail(
                    v.origin.clone(),
                    "Sets no seccomp profile, for the container or its pod: it runs `Unconfined` unless the node defaults to `RuntimeDefault`".into(),
                ),
                Some(Some(p)) if p.is_unconfined() => Verdict::None,
                Some(Some(_)) => Verdict::Pass(v.origin.clone()),
            }
        });
    }
}
