//! AWS-ELB-003: an application load balancer forwards requests with invalid header fields.

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
            Some(t) if t != "application" => return,
            Some(_) => {}
        }
        out.expect(
            &lb.drop_invalid_header_fields,
            |on| !on,
            "the load balancer forwards requests with invalid HTTP header fields to its targets instead of dropping them",
        );
    }
}
