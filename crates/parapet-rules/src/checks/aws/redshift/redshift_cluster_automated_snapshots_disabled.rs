//! AWS-REDSHIFT-005: a cluster takes no automated snapshots.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RedshiftCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.snapshot_retention_days,
            |d| *d <= 0,
            "automated snapshots are turned off (retention 0): there is no point-in-time copy to restore from",
        );
    }
}
