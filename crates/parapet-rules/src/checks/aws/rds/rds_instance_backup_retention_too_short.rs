//! AWS-RDS-014: a DB instance keeps its automated backups for fewer than 7 days.

use super::common::standalone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbInstance(x) = &ctx.resource.config else {
            return;
        };
        if !standalone(x, &ctx.resource.origin, out) {
            return;
        }
        // A read replica's recovery point is its source.
        match x.is_replica() {
            Some(false) => {}
            Some(true) => return,
            None => {
                out.skip(
                    &x.replicate_source.origin,
                    "whether the instance is a read replica is not known",
                );
                return;
            }
        }
        let days = x.backup_retention_period.get().copied().unwrap_or_default();
        out.expect(
            &x.backup_retention_period,
            |d| (1..7).contains(d),
            format!(
                "automated backups are kept for {days} day{}: point-in-time recovery reaches back less than a week",
                if days == 1 { "" } else { "s" }
            ),
        );
    }
}
