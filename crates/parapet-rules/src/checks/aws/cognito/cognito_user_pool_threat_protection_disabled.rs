//! AWS-COGNITO-002: a user pool has threat protection turned off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CognitoUserPool(u) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &u.advanced_security,
            |m| m.trim().eq_ignore_ascii_case("OFF"),
            "threat protection (advanced security) is off: sign-ins with leaked credentials or from risky sources are neither detected nor blocked",
        );
    }
}
