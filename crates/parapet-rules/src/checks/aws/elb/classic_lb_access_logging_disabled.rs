//! AWS-ELB-008: a Classic Load Balancer writes no access logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ClassicLoadBalancer(lb) = &ctx.resource.config else {
            return;
        };
        let how = if lb.access_logs.is_defaulted() {
            "access logging is not configured"
        } else {
            "access logging is turned off"
        };
        out.expect(
            &lb.access_logs,
            |on| !on,
            format!("{how}: the requests the load balancer receives and their clients are not recorded for investigation"),
        );
    }
}
