//! AWS-SNS-004: a topic subscription delivers messages over plain HTTP.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SnsSubscription(s) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &s.protocol,
            |p| p.trim().eq_ignore_ascii_case("http"),
            "the subscription delivers messages over plain HTTP: their content can be read and altered on the way",
        );
    }
}
