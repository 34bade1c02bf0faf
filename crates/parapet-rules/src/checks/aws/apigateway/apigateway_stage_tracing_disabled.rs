//! AWS-APIGATEWAY-004: a REST API stage does not trace requests with AWS X-Ray.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ApiGatewayStage(s) = &ctx.resource.config else {
            return;
        };
        // HTTP and WebSocket APIs cannot trace with X-Ray.
        if !s.rest {
            out.pass(&ctx.resource.origin);
            return;
        }
        out.expect(
            &s.xray_tracing,
            |on| !on,
            "X-Ray tracing is off for this stage: a request cannot be followed from the API to the services it calls when investigating an incident",
        );
    }
}
