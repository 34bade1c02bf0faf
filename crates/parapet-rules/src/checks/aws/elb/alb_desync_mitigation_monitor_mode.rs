//! AWS-ELB-006: an application load balancer only monitors HTTP desync attempts.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LoadBalancer(lb) = &ctx.resource.config else {
            return;
        };
        match lb.lb_type.get() {
            None => {
                out.skip(&lb.lb_type.origin, "the load balancer type is not known");
                return;
            }
            Some(t) if !t.eq_ignore_ascii_case("application") => {
                out.pass(&lb.lb_type.origin);
                return;
            }
            Some(_) => {}
        }
        out.expect(
            &lb.desync_mitigation_mode,
            |m| m == "monitor",
            "desync mitigation mode is `monitor`: ambiguous requests that may smuggle a second request past the load balancer are forwarded to the targets",
        );
    }
}
