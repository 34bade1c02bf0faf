//! AWS-KINESIS-001: a stream stores records unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::KinesisStream(s) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &s.encryption_type,
            |t| !t.trim().eq_ignore_ascii_case("KMS"),
            "server-side encryption is off: records are stored in the stream unencrypted",
        );
    }
}
