//! AWS-KINESIS-002: a stream is encrypted with the AWS managed key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::KinesisStream(s) = &ctx.resource.config else {
            return;
        };
        // Unencrypted streams are AWS-KINESIS-001's finding.
        match s.encryption_type.get() {
            None => {
                out.expect(&s.encryption_type, |_| false, "");
                return;
            }
            Some(t) if !t.trim().eq_ignore_ascii_case("KMS") => {
                out.pass(&s.encryption_type.origin);
                return;
            }
            Some(_) => {}
        }
        out.expect(
            &s.kms_key_id,
            |k| {
                k.as_deref()
                    .is_none_or(|k| k.trim().is_empty() || k.trim_end().ends_with("alias/aws/kinesis"))
            },
            "the stream is encrypted with the AWS managed key `aws/kinesis`, whose key policy the account cannot restrict",
        );
    }
}
