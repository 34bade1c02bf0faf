//! AWS-SNS-002: a topic policy allows any principal, without a condition.

use crate::checks::aws::resource_policy::check_open_to_anyone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SnsTopic(t) = &ctx.resource.config else {
            return;
        };
        // Without a topic policy SNS's default one grants the owner account only.
        check_open_to_anyone(&t.policy, "topic policy", out);
    }
}
