//! AWS-ELB-004: an application or network load balancer writes no access logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LoadBalancer(lb) = &ctx.resource.config else {
            return;
        };
        // Gateway load balancers have no access logs.
        match lb.lb_type.get() {
            None => {
                out.skip(&lb.lb_type.origin, "the load balancer type is not known");
                return;
            }
            Some(t) if t.eq_ignore_ascii_case("gateway") => {
                out.pass(&lb.lb_type.origin);
                return;
            }
            Some(_) => {}
        }
        let how = if lb.access_logs.is_defaulted() {
            "access logging is not enabled (off unless written)"
        } else {
            "access logging is turned off"
        };
        out.expect(
            &lb.access_logs,
            |on| !on,
            format!("{how}: the requests the load balancer receives, their clients and the responses are not recorded for investigation"),
        );
    }
}
