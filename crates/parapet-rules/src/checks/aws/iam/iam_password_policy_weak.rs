//! AWS-IAM-006: the account password policy is weak.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::PasswordPolicy(p) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &p.minimum_length,
            |l| *l < 14,
            format!(
                "the minimum password length is {}, below 14 characters",
                p.minimum_length.get().copied().unwrap_or_default()
            ),
        );
        out.expect(
            &p.reuse_prevention,
            |r| r.is_none_or(|n| n < 24),
            "the policy does not prevent reuse of the last 24 passwords",
        );
    }
}
