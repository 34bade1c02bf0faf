//! AWS-DOCDB-003: a DocumentDB cluster has deletion protection off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DocDbCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.deletion_protection,
            |on| !on,
            "deletion protection is off: a single delete call removes the cluster and its automated backups",
        );
    }
}
