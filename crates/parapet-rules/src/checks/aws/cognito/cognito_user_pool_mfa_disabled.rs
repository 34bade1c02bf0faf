//! AWS-COGNITO-001: a user pool does not offer multi-factor authentication.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CognitoUserPool(u) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &u.mfa,
            |m| m.trim().eq_ignore_ascii_case("OFF"),
            "multi-factor authentication is off: a stolen or guessed password alone signs a user in",
        );
    }
}
