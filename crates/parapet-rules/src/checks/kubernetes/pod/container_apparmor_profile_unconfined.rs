//! KUBERNETES-POD-009: a container's AppArmor profile is `Unconfined`.

use crate::checks::kubernetes::common::report_unconfined_profile;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        report_unconfined_profile(
            ctx,
            out,
            |sc| &sc.app_armor_profile,
            |sc| &sc.app_armor_profile,
            "Runs without AppArmor confinement (profile `Unconfined`)",
            "Sets the AppArmor profile `Unconfined`",
        );
    }
}
