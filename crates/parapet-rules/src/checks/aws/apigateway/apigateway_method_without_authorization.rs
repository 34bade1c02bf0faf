//! AWS-APIGATEWAY-003: a REST API method accepts requests without authorization.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ApiGatewayMethod(m) = &ctx.resource.config else {
            return;
        };
        // CORS preflight requests never carry credentials.
        match m.http_method.get() {
            None => {
                out.expect(&m.http_method, |_| false, "");
                return;
            }
            Some(h) if h.trim().eq_ignore_ascii_case("OPTIONS") => {
                out.pass(&m.http_method.origin);
                return;
            }
            Some(_) => {}
        }
        let key_note = if m.api_key_required.get() == Some(&true) {
            " (an API key is required, but API keys identify clients for usage plans; they do not authorize callers)"
        } else {
            ""
        };
        out.expect(
            &m.authorization,
            |a| a.trim().eq_ignore_ascii_case("NONE"),
            format!(
                "the `{}` method has authorization `NONE`: anyone who can reach the API can call it{key_note}",
                m.http_method.get().cloned().unwrap_or_default()
            ),
        );
    }
}
