//! AWS-RDS-011: a DB cluster exports no logs to CloudWatch Logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::rds::exportable_logs;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbCluster(c) = &ctx.resource.config else {
            return;
        };
        // Aurora Serverless v1 cannot export logs this way.
        if c.engine_mode.get().is_some_and(|m| m == "serverless") {
            return;
        }
        let hint = match c.engine.get() {
            Some(Some(e)) if !exportable_logs(e).is_empty() => {
                format!(" ({e} can export {})", exportable_logs(e).join(", "))
            }
            _ => String::new(),
        };
        out.expect(
            &c.enabled_cloudwatch_logs_exports,
            |l| l.is_empty(),
            format!("no database logs are exported to CloudWatch Logs{hint}"),
        );
    }
}
