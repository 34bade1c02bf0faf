//! AWS-REDSHIFT-001: a cluster stores data unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RedshiftCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.encrypted,
            |on| !on,
            "the cluster's data, backups and snapshots are stored unencrypted",
        );
    }
}
