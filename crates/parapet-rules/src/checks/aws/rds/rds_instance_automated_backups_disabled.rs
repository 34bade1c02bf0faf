//! AWS-RDS-003: a DB instance has automated backups turned off.

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
        // A read replica's recovery point is its source.
        match i.is_replica() {
            Some(false) => {}
            Some(true) => return,
            None => {
                out.skip(
                    &i.replicate_source.origin,
                    "whether the instance is a read replica is not known",
                );
                return;
            }
        }
        out.expect(
            &i.backup_retention_period,
            |days| *days <= 0,
            "the backup retention period is 0: automated backups and point-in-time recovery are turned off",
        );
    }
}
