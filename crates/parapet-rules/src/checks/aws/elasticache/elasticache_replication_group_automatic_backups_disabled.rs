//! AWS-ELASTICACHE-004: a replication group keeps no automatic snapshots.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ElastiCacheReplicationGroup(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.snapshot_retention_limit,
            |d| *d <= 0,
            "automatic snapshots are off: deleted or overwritten data cannot be restored",
        );
    }
}
