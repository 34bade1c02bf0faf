//! AWS-ELASTICACHE-003: a Redis OSS or Valkey replication group requires no AUTH token and no RBAC user.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ElastiCacheReplicationGroup(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.client_authentication,
            |on| !on,
            "no AUTH token and no RBAC user group is configured: any client that reaches the nodes can read and change all data",
        );
    }
}
