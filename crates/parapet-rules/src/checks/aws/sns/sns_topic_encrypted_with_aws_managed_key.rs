//! AWS-SNS-003: a topic is encrypted with the AWS managed key rather than a customer managed key.

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
            |k| k.as_deref().is_some_and(|k| k.trim() == "alias/aws/sns" || k.trim().ends_with(":alias/aws/sns")),
            "the topic is encrypted with the AWS managed key aws/sns: its key policy cannot be changed, so AWS services and other accounts cannot publish to the topic and access cannot be narrowed",
        );
    }
}
