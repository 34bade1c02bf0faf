//! AWS-SNS-001: a topic stores messages without server-side encryption.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SnsTopic(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.kms_master_key_id,
            |k| k.as_deref().is_none_or(|k| k.trim().is_empty()),
            "the topic has no KMS key: messages are stored without server-side encryption",
        );
    }
}
