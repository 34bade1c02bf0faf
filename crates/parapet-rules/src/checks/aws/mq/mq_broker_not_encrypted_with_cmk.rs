//! AWS-MQ-003: an Amazon MQ broker encrypts its data with an AWS owned key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MqBroker(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.aws_owned_key,
            |on| *on,
            "the broker's data is encrypted with a key owned by Amazon MQ: its use cannot be audited or revoked",
        );
    }
}
