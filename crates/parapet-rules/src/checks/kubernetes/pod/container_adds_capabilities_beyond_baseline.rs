//! KUBERNETES-POD-007: a container adds Linux capabilities outside the Baseline set.

use crate::checks::kubernetes::common::{
    capability, code_list, per_container, unknown, workload, Verdict, BASELINE_CAPABILITIES,
};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.capabilities_add;
            let Some(add) = v.get() else {
                return unknown(v);
            };
            let mut extra: Vec<String> = add
                .iter()
                .map(|a| capability(a))
                .filter(|a| !BASELINE_CAPABILITIES.contains(&a.as_str()))
                .collect();
            extra.dedup();
            if extra.is_empty() {
                Verdict::Pass(v.origin.clone())
            } else {
                Verdict::Fail(
                    v.origin.clone(),
                    format!(
                        "Adds {} {}, outside the Baseline set",
                        if extra.len() == 1 {
                            "capability"
                        } else {
                            "capabilities"
                        },
                        code_list(&extra)
                    ),
                )
            }
        });
    }
}
