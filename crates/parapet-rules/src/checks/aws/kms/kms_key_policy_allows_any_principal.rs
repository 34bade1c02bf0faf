//! AWS-KMS-002: a key policy allows any principal, without a condition.

use crate::checks::aws::resource_policy::check_open_to_anyone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::KmsKey(k) = &ctx.resource.config else {
            return;
        };
        // Without a written key policy the default one grants the account, not everyone.
        check_open_to_anyone(&k.policy, "key policy", out);
    }
}
