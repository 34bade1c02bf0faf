//! AWS-KINESIS-004: a Firehose delivery stream encrypts with an AWS owned key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::FirehoseDeliveryStream(x) = &ctx.resource.config else {
            return;
        };
        match x.direct_put.get() {
            None => {
                out.skip(&x.direct_put.origin, "the stream's source is not known");
                return;
            }
            Some(false) => return,
            Some(true) => {}
        }
        match x.server_side_encryption.get() {
            None => {
                out.skip(
                    &x.server_side_encryption.origin,
                    "whether server-side encryption is on is not known",
                );
                return;
            }
            // Off altogether: AWS-KINESIS-003's finding.
            Some(false) => return,
            Some(true) => {}
        }
        out.expect(
            &x.key_type,
            |k| k.as_deref().is_some_and(|k| k.eq_ignore_ascii_case("AWS_OWNED_CMK")),
            "buffered records are encrypted with an AWS owned key: their use cannot be audited or revoked",
        );
    }
}
