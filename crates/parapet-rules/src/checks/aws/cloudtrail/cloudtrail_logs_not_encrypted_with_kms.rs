//! AWS-CLOUDTRAIL-003: a trail's log files are not encrypted with a KMS key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudTrail(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.kms_key_id,
            |k| k.as_deref().is_none_or(|k| k.trim().is_empty()),
            "the log files are not encrypted with a KMS key: anyone who can read the bucket can read the trail",
        );
    }
}
