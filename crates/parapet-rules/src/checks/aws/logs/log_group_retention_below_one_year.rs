//! AWS-LOGS-003: a log group keeps its events for less than a year.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LogGroup(g) = &ctx.resource.config else {
            return;
        };
        let days = g
            .retention_days
            .get()
            .copied()
            .flatten()
            .unwrap_or_default();
        out.expect(
            &g.retention_days,
            |d| d.is_some_and(|d| d < 365),
            format!("the log group keeps events for {days} days, less than the year that investigations and audits usually need"),
        );
    }
}
