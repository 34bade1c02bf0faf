//! AWS-LOGS-001: a log group keeps events forever.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LogGroup(g) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &g.retention_days,
            |d| d.is_none(),
            "the log group has no retention period: its events are kept, and billed, forever",
        );
    }
}
