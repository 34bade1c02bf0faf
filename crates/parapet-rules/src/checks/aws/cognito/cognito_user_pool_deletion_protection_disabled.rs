//! AWS-COGNITO-005: a user pool can be deleted without first turning off deletion protection.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CognitoUserPool(u) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &u.deletion_protection,
            |on| !on,
            "deletion protection is off: one API call (or a replaced resource in a deployment) deletes the pool and every user account in it, irrecoverably",
        );
    }
}
