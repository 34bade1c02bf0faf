//! AWS-DMS-003: a DMS replication instance has automatic minor version upgrades off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DmsReplicationInstance(x) = &ctx.resource.config else {
            return;
        };
        let how = if x.auto_minor_version_upgrade.is_defaulted() {
            "automatic minor version upgrades are off (the Terraform provider's default)"
        } else {
            "automatic minor version upgrades are off"
        };
        out.expect(
            &x.auto_minor_version_upgrade,
            |on| !on,
            format!("{how}: engine fixes are not applied to the replication instance"),
        );
    }
}
