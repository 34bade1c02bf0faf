//! AWS-APPSYNC-001: a GraphQL API does not send logs to CloudWatch Logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::AppSyncGraphqlApi(a) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &a.field_log_level,
            |l| l.is_none(),
            "the GraphQL API has no log configuration: requests, errors and resolver activity are not sent to CloudWatch Logs",
        );
    }
}
