//! AWS-RDS-007: a DB instance exports no logs to CloudWatch Logs.

use super::common::standalone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::rds::exportable_logs;
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
        let hint = match i.engine.get() {
            Some(Some(e)) if !exportable_logs(e).is_empty() => {
                format!(" ({e} can export {})", exportable_logs(e).join(", "))
            }
            _ => String::new(),
        };
        out.expect(
            &i.enabled_cloudwatch_logs_exports,
            |l| l.is_empty(),
            format!("no database logs are exported to CloudWatch Logs{hint}"),
        );
    }
}
