//! KUBERNETES-POD-001: a container runs in privileged mode.

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.privileged;
            match v.get() {
                None => unknown(v),
                Some(true) => Verdict::Fail(
                    v.origin.clone(),
                    "Runs privileged (`privileged: true`): the container has every capability and the host's devices".into(),
                ),
                Some(false) => Verdict::Pass(v.origin.clone()),
            }
        });
    }
}
