//! AWS-NETWORKFIREWALL-002: a Network Firewall has no logging configuration.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::NetworkFirewall(f) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &f.logging,
            |on| !on,
            "no logging configuration names this firewall: the flows it sees and the alerts its rules raise are not recorded",
        );
    }
}
