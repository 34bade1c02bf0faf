//! AWS-RDS-015: a DB cluster keeps its automated backups for fewer than 7 days.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbCluster(x) = &ctx.resource.config else {
            return;
        };
        let days = x.backup_retention_period.get().copied().unwrap_or_default();
        out.expect(
            &x.backup_retention_period,
            |d| *d < 7,
            format!(
                "automated backups are kept for {days} day{}: point-in-time recovery reaches back less than a week",
                if days == 1 { "" } else { "s" }
            ),
        );
    }
}
