//! AWS-REDSHIFT-008: a Redshift cluster has engine version upgrades turned off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RedshiftCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.allow_version_upgrade,
            |on| !on,
            "engine version upgrades are off: security fixes in new Redshift versions are not applied",
        );
    }
}
