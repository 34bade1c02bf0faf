//! KUBERNETES-POD-008: a Windows container runs as a HostProcess container.

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.windows_host_process;
            match v.get() {
                None => unknown(v),
                Some(Some(true)) => Verdict::Fail(
                    v.origin.clone(),
                    "Runs as a Windows HostProcess container (`hostProcess: true`), with the node's full access".into(),
                ),
                Some(_) => Verdict::Pass(v.origin.clone()),
            }
        });
    }
}
