//! AWS-ELASTICACHE-002: a replication group accepts unencrypted connections.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ElastiCacheReplicationGroup(g) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &g.transit_encryption,
            |on| !on,
            "encryption in transit is off: clients and replicas exchange data, and any AUTH token, in clear text",
        );
    }
}
