//! AWS-MQ-004: an Amazon MQ broker has automatic minor version upgrades off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MqBroker(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.auto_minor_version_upgrade,
            |on| !on,
            "automatic minor version upgrades are off: broker engine fixes are not applied",
        );
    }
}
