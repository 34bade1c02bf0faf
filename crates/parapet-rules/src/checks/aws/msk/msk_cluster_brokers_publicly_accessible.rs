//! AWS-MSK-003: a cluster's brokers are reachable from the internet.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MskCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.public_access,
            |t| !t.trim().eq_ignore_ascii_case("DISABLED"),
            "public access is on: the brokers get public IP addresses reachable from the internet",
        );
    }
}
