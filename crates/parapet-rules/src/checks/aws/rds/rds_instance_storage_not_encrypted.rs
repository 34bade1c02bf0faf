//! AWS-RDS-001: a DB instance stores its data unencrypted.

use super::common::standalone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbInstance(i) = &ctx.resource.config else {
            return;
        };
        if !standalone(i, &ctx.resource.origin, out) {
            return;
        }
        let how = if i.storage_encrypted.is_defaulted() {
            "storage encryption is not turned on (it is off by default)"
        } else {
            "storage encryption is turned off"
        };
        out.expect(
            &i.storage_encrypted,
            |on| !on,
            format!(
                "{how}: the database, its backups, snapshots and replicas are stored unencrypted"
            ),
        );
    }
}
