//! AWS-RDS-010: an Aurora MySQL/PostgreSQL (or Multi-AZ) DB cluster does not allow IAM database
//! authentication.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::rds::engine_supports_iam_auth;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbCluster(c) = &ctx.resource.config else {
            return;
        };
        match c.engine.get() {
            None => {
                out.skip(&c.engine.origin, "the engine is not known");
                return;
            }
            Some(None) => {
                out.skip(&c.engine.origin, "the engine is not written");
                return;
            }
            Some(Some(e)) if !engine_supports_iam_auth(e) => return,
            Some(Some(_)) => {}
        }
        // Aurora Serverless v1 does not support IAM database authentication.
        match c.engine_mode.get() {
            None => {
                out.skip(&c.engine_mode.origin, "the engine mode is not known");
                return;
            }
            Some(m) if m == "serverless" => return,
            Some(_) => {}
        }
        out.expect(
            &c.iam_database_authentication,
            |on| !on,
            "IAM database authentication is not enabled: database access depends on long-lived passwords only",
        );
    }
}
