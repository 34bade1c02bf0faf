//! AWS-SECRETSMANAGER-001: a secret is never rotated.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecretsManagerSecret(s) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &s.rotation,
            |on| !on,
            "no rotation is configured for the secret: the same value stays valid until someone changes it by hand",
        );
    }
}
