//! AWS-MSK-005: an MSK cluster sends its broker logs nowhere.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MskCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.broker_logs,
            |on| !on,
            "broker logs are delivered nowhere: authentication failures and client activity leave no trail",
        );
    }
}
