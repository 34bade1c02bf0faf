//! AWS-SQS-002: a queue policy allows any principal, without a condition.

use crate::checks::aws::resource_policy::check_open_to_anyone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SqsQueue(q) = &ctx.resource.config else {
            return;
        };
        // Without a queue policy only the owner account's principals have access.
        check_open_to_anyone(&q.policy, "queue policy", out);
    }
}
