//! AWS-ELASTICACHE-001: a replication group stores data unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ElastiCacheReplicationGroup(g) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &g.at_rest_encryption,
            |on| !on,
            "encryption at rest is off: data on disk, in swap and in backups is stored unencrypted",
        );
    }
}
