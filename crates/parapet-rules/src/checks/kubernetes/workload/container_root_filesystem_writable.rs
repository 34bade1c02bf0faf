//! KUBERNETES-WORKLOAD-001: a container's root file system is writable
//! (`readOnlyRootFilesystem` not true).

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.read_only_root_filesystem;
            match v.get() {
                None => unknown(v),
                Some(true) => Verdict::Pass(v.origin.clone()),
                Some(false) if v.is_defaulted() => Verdict::Fail(
                    v.origin.clone(),
                    "Does not set `readOnlyRootFilesystem: true`: the root file system is writable"
                        .into(),
                ),
                Some(false) => Verdict::Fail(
                    v.origin.clone(),
                    "Keeps the root file system writable (`readOnlyRootFilesystem: false`)".into(),
                ),
            }
        });
    }
}
