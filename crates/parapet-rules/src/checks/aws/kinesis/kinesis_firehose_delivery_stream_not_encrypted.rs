//! AWS-KINESIS-003: a Direct PUT Firehose delivery stream has server-side encryption off.

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
        out.expect(
            &x.server_side_encryption,
            |on| !on,
            "server-side encryption is off: buffered records are not protected by a KMS key",
        );
    }
}
