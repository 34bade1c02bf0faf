//! AWS-NETWORKFIREWALL-001: a Network Firewall can be deleted without first turning off
//! deletion protection.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::NetworkFirewall(f) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &f.delete_protection,
            |on| !on,
            "delete_protection is off: one API call or a mistaken change removes the firewall, and with it the inspection of the traffic routed through it",
        );
    }
}
