//! AWS-LOGS-005: a CloudWatch Logs resource policy grants an AWS service access without tying it to a source resource or account.

use crate::checks::aws::resource_policy::check_service_without_source;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LogsResourcePolicy(r) = &ctx.resource.config else {
            return;
        };
        check_service_without_source(&r.policy, "CloudWatch Logs resource policy", out);
    }
}
