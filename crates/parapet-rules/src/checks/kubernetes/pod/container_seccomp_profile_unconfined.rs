//! KUBERNETES-POD-012: a container's seccomp profile is `Unconfined`.

use crate::checks::kubernetes::common::report_unconfined_profile;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        report_unconfined_profile(
            ctx,
            out,
            |sc| &sc.seccomp_profile,
            |sc| &sc.seccomp_profile,
            "Runs without syscall filtering (seccomp profile `Unconfined`)",
            "Sets the seccomp profile `Unconfined`",
        );
    }
}
