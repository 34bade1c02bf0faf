//! AWS-ELB-005: a load balancer can be deleted without first turning off deletion protection.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LoadBalancer(lb) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &lb.deletion_protection,
            |on| !on,
            "deletion protection is off: one API call or a mistaken change deletes the load balancer and takes the service behind it offline",
        );
    }
}
