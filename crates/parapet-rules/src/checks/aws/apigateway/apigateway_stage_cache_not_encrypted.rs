//! AWS-APIGATEWAY-005: a REST API stage caches responses without encrypting the cache.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ApiGatewayStage(s) = &ctx.resource.config else {
            return;
        };
        if !s.rest {
            out.pass(&ctx.resource.origin);
            return;
        }
        if s.method_settings.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for m in &s.method_settings {
            match m.caching_enabled.get() {
                None => out.skip(&m.caching_enabled.origin, "whether caching is enabled is not known"),
                Some(false) => out.pass(&m.caching_enabled.origin),
                Some(true) => out.expect(
                    &m.cache_data_encrypted,
                    |on| !on,
                    "responses are cached but cache_data_encrypted is not true: cached API responses, which may hold personal or secret data, are stored unencrypted",
                ),
            }
        }
    }
}
