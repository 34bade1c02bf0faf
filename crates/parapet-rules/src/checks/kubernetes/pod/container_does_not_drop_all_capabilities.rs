//! KUBERNETES-POD-019: a container does not drop all Linux capabilities.

use crate::checks::kubernetes::common::{capability, per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.capabilities_drop;
            let Some(drop) = v.get() else {
                return unknown(v);
            };
            if drop.iter().any(|d| capability(d) == "ALL") {
                Verdict::Pass(v.origin.clone())
            } else if drop.is_empty() {
                Verdict::Fail(
                    v.origin.clone(),
                    "Keeps the runtime's default capabilities: `capabilities.drop` does not list `ALL`".into(),
                )
            } else {
                Verdict::Fail(
                    v.origin.clone(),
                    "Drops only some capabilities: `capabilities.drop` does not list `ALL`".into(),
                )
            }
        });
    }
}
