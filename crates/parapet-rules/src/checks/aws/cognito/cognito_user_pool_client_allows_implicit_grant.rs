//! AWS-COGNITO-006: a user pool app client allows the OAuth 2.0 implicit grant.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CognitoUserPoolClient(c) = &ctx.resource.config else {
            return;
        };
        // OAuth flows are off unless the client turns them on.
        if c.oauth_enabled.get() == Some(&false) && c.oauth_enabled.is_explicit() {
            out.pass(&c.oauth_enabled.origin);
            return;
        }
        out.expect(
            &c.oauth_flows,
            |flows| flows.iter().any(|f| f.trim().eq_ignore_ascii_case("implicit")),
            "the app client allows the OAuth implicit grant: tokens are returned in the redirect URL, where browser history, logs and referrers can leak them, with no proof of who requested them",
        );
    }
}
