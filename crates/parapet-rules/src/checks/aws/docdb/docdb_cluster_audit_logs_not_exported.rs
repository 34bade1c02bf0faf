//! AWS-DOCDB-002: a DocumentDB cluster does not export its audit log.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DocDbCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.enabled_cloudwatch_logs_exports,
            |l| !l.iter().any(|t| t == "audit"),
            "the audit log is not exported to CloudWatch Logs: authentication and user changes leave no trail",
        );
    }
}
