//! AWS-NETWORKFIREWALL-003: a firewall policy passes packets that match no stateless rule
//! without stateful inspection.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::NetworkFirewallPolicy(p) = &ctx.resource.config else {
            return;
        };
        for (v, what) in [
            (&p.stateless_default_actions, "stateless_default_actions"),
            (
                &p.stateless_fragment_default_actions,
                "stateless_fragment_default_actions",
            ),
        ] {
            out.expect(
                v,
                |l| l.iter().any(|a| a == "aws:pass"),
                format!("{what} includes `aws:pass`: packets that match no stateless rule leave the firewall without going through the stateful rules"),
            );
        }
    }
}
