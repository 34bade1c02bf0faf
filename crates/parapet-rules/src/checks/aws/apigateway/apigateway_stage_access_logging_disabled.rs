//! AWS-APIGATEWAY-001: an API stage writes no access logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ApiGatewayStage(s) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &s.access_log_destination,
            |d| d.as_deref().is_none_or(|d| d.trim().is_empty()),
            "the stage has no access log destination: requests to the API are not recorded",
        );
    }
}
