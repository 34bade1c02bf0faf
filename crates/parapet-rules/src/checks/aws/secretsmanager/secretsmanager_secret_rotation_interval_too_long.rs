//! AWS-SECRETSMANAGER-006: a secret is rotated less often than every 90 days.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecretsManagerSecret(x) = &ctx.resource.config else {
            return;
        };
        match x.rotation.get() {
            None => out.skip(&x.rotation.origin, "whether the secret is rotated is not known"),
            // A secret that is never rotated is AWS-SECRETSMANAGER-001's finding.
            Some(false) => out.pass(&x.rotation.origin),
            Some(true) => out.expect(
                &x.rotation_interval_days,
                |d| d.is_some_and(|d| d > MAX_DAYS),
                format!(
                    "the secret is rotated less often than every {MAX_DAYS} days: a leaked value stays valid for months"
                ),
            ),
        }
    }
}

/// The longest rotation interval accepted, in days.
const MAX_DAYS: i64 = 90;
