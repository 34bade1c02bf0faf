//! AWS-MQ-001: an Amazon MQ broker is publicly accessible.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MqBroker(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.publicly_accessible,
            |on| *on,
            "the broker has public endpoints: its protocols and console accept connections from the internet",
        );
    }
}
