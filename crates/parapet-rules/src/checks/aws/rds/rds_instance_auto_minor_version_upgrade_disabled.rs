//! AWS-RDS-006: a DB instance does not receive minor engine upgrades automatically.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbInstance(i) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &i.auto_minor_version_upgrade,
            |on| !on,
            "automatic minor version upgrades are turned off: engine security patches wait for someone to apply them",
        );
    }
}
