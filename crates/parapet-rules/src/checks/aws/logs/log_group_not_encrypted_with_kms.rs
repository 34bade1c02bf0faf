//! AWS-LOGS-002: a log group is not encrypted with a KMS key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LogGroup(g) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &g.kms_key_id,
            |k| k.as_deref().is_none_or(|k| k.trim().is_empty()),
            "the log group is not encrypted with a KMS key of the account: reading it is governed by IAM alone",
        );
    }
}
