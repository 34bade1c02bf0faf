//! AWS-ELB-001: a load balancer listener serves plain HTTP instead of redirecting to HTTPS.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LoadBalancerListener(l) = &ctx.resource.config else {
            return;
        };
        match l.protocol.get() {
            None => {
                out.skip(&l.protocol.origin, "the listener's protocol is not known");
                return;
            }
            Some(Some(p)) if p == "HTTP" => {}
            Some(_) => {
                out.pass(&l.protocol.origin);
                return;
            }
        }
        match l.redirects_to_https.get() {
            None => out.skip(&l.redirects_to_https.origin, "the listener's default action is not known"),
            Some(true) => out.pass(&l.redirects_to_https.origin),
            Some(false) => out.fail(
                &l.protocol.origin,
                "the listener serves plain HTTP and does not redirect to HTTPS: requests, cookies and credentials cross the network unencrypted",
            ),
        }
    }
}
