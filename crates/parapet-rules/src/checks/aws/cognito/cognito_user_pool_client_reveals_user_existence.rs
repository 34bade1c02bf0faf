//! AWS-COGNITO-004: a user pool app client reveals whether a user exists.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CognitoUserPoolClient(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.prevent_user_existence_errors,
            |p| p.trim().eq_ignore_ascii_case("LEGACY"),
            "the app client reports unknown users (UserNotFoundException) during sign-in, confirmation and password recovery: anyone can test which user names or e-mail addresses have an account",
        );
    }
}
