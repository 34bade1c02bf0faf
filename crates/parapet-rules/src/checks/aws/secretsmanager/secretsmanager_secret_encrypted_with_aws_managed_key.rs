//! AWS-SECRETSMANAGER-002: a secret is encrypted with the AWS managed key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecretsManagerSecret(s) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &s.kms_key_id,
            |k| {
                k.as_deref().is_none_or(|k| {
                    k.trim().is_empty() || k.trim_end().ends_with("alias/aws/secretsmanager")
                })
            },
            "the secret is encrypted with the AWS managed key `aws/secretsmanager`: its key policy cannot restrict who decrypts it, and it cannot be shared across accounts",
        );
    }
}
