//! AWS-APIGATEWAY-002: a custom domain accepts TLS versions below 1.2.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::apigateway::allows_tls_below_1_2;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ApiGatewayDomainName(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.security_policy,
            |p| allows_tls_below_1_2(p),
            format!(
                "the security policy `{}` accepts TLS 1.0 and 1.1",
                d.security_policy.get().cloned().unwrap_or_default()
            ),
        );
    }
}
