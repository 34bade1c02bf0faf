//! AWS-SECRETSMANAGER-003: a secret's resource policy allows any principal, without a condition.

use crate::checks::aws::resource_policy::check_open_to_anyone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SecretsManagerSecret(x) = &ctx.resource.config else {
            return;
        };
        // With public policy blocking written on, Secrets Manager rejects such a policy.
        if x.block_public_policy.is_explicit() && x.block_public_policy.get() == Some(&true) {
            out.pass(&x.block_public_policy.origin);
            return;
        }
        check_open_to_anyone(&x.policy, "secret's resource policy", out);
    }
}
