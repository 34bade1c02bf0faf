//! KUBERNETES-POD-015: a container does not set `allowPrivilegeEscalation: false`.

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.allow_privilege_escalation;
            match v.get() {
                None => unknown(v),
                Some(false) => Verdict::Pass(v.origin.clone()),
                Some(true) if v.is_defaulted() => Verdict::Fail(
                    v.origin.clone(),
                    "Does not set `allowPrivilegeEscalation: false`, so processes can gain privileges (setuid binaries, file capabilities)".into(),
                ),
                Some(true) => Verdict::Fail(
                    v.origin.clone(),
                    "Allows privilege escalation (`allowPrivilegeEscalation: true`)".into(),
                ),
            }
        });
    }
}
