//! AWS-SECRETSMANAGER-004: a secret is deleted at once, without a recovery window.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecretsManagerSecret(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.recovery_window_days,
            |d| *d == 0,
            "the recovery window is 0 days: when the secret is deleted (by a destroy or a replacement) it is gone at once, and whatever depends on it fails with no way to restore it",
        );
    }
}
