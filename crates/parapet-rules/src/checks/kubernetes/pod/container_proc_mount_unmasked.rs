//! KUBERNETES-POD-011: a container's `/proc` is mounted unmasked (`procMount: Unmasked`).

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.proc_mount;
            match v.get().map(String::as_str) {
                None => unknown(v),
                Some("Default") => Verdict::Pass(v.origin.clone()),
                Some(other) => Verdict::Fail(
                    v.origin.clone(),
                    format!("Mounts `/proc` without the default masking (`procMount: {other}`)"),
                ),
            }
        });
    }
}
