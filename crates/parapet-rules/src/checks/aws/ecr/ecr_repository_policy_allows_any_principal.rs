//! AWS-ECR-003: a repository policy allows any principal, without a condition.

use crate::checks::aws::resource_policy::check_open_to_anyone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcrRepository(r) = &ctx.resource.config else {
            return;
        };
        // Without a repository policy only the account's own IAM principals have access.
        check_open_to_anyone(&r.policy, "repository policy", out);
    }
}
