//! AWS-RDS-008: a DB cluster stores its data unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbCluster(c) = &ctx.resource.config else {
            return;
        };
        let how = if c.storage_encrypted.is_defaulted() {
            "storage encryption is not turned on (it is off by default for provisioned clusters)"
        } else {
            "storage encryption is turned off"
        };
        out.expect(
            &c.storage_encrypted,
            |on| !on,
            format!("{how}: the cluster volume, its backups and snapshots are stored unencrypted"),
        );
    }
}
