//! AWS-COGNITO-003: an identity pool gives AWS credentials to unauthenticated identities.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CognitoIdentityPool(i) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &i.allow_unauthenticated,
            |a| *a,
            "the identity pool gives AWS credentials to unauthenticated guests: anyone who knows the pool id gets the guest role's permissions",
        );
    }
}
