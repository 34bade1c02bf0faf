//! AWS-NEPTUNE-001: a Neptune cluster does not encrypt its storage.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::NeptuneCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.storage_encrypted,
            |on| !on,
            "storage encryption is off: the graph, its backups and snapshots are stored unencrypted",
        );
    }
}
