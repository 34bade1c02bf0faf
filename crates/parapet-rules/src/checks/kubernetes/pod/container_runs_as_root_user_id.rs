//! KUBERNETES-POD-017: a container is set to run as user id 0 (`runAsUser: 0`).

use crate::checks::kubernetes::common::{
    per_container, pod_value_overridden, unknown, workload, Verdict,
};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.run_as_user;
            match v.get() {
                None => unknown(v),
                Some(Some(0)) => {
                    Verdict::Fail(v.origin.clone(), "Runs as root (`runAsUser: 0`)".into())
                }
                Some(_) => Verdict::Pass(v.origin.clone()),
            }
        });
        pod_value_overridden(
            w,
            out,
            &w.pod.security_context.run_as_user,
            |c| &c.security_context.run_as_user,
            |u| *u == 0,
            "Sets `runAsUser: 0` (root)",
        );
    }
}
