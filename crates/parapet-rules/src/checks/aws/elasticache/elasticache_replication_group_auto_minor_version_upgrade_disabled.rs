//! AWS-ELASTICACHE-005: a replication group has automatic minor version upgrades off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ElastiCacheReplicationGroup(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.auto_minor_version_upgrade,
            |on| !on,
            "automatic minor version upgrades are off: engine security fixes are not applied",
        );
    }
}
