//! AWS-RDS-005: a MySQL, MariaDB or PostgreSQL DB instance does not allow IAM database
//! authentication.

use super::common::standalone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::rds::engine_supports_iam_auth;
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
        match i.engine.get() {
            None => {
                out.skip(&i.engine.origin, "the engine is not known");
                return;
            }
            // A replica or a restore takes the engine of its source.
            Some(None) => {
                out.skip(&i.engine.origin, "the engine is not written");
                return;
            }
            Some(Some(e)) if !engine_supports_iam_auth(e) => return,
            Some(Some(_)) => {}
        }
        out.expect(
            &i.iam_database_authentication,
            |on| !on,
            "IAM database authentication is not enabled: database access depends on long-lived passwords only",
        );
    }
}
