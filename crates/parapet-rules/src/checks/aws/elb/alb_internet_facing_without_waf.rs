//! AWS-ELB-009: an internet-facing application load balancer is not protected by AWS WAF.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LoadBalancer(lb) = &ctx.resource.config else {
            return;
        };
        match (lb.lb_type.get(), lb.internal.get()) {
            (None, _) => {
                out.skip(&lb.lb_type.origin, "the load balancer type is not known");
                return;
            }
            (Some(t), _) if !t.eq_ignore_ascii_case("application") => {
                out.pass(&lb.lb_type.origin);
                return;
            }
            (_, None) => {
                out.skip(
                    &lb.internal.origin,
                    "whether the load balancer is internal is not known",
                );
                return;
            }
            (_, Some(true)) => {
                out.pass(&lb.internal.origin);
                return;
            }
            _ => {}
        }
        out.expect(
            &lb.waf_web_acl,
            |on| !on,
            "no AWS WAF web ACL association names this internet-facing load balancer: requests reach the application without filtering of common exploits, bots or floods",
        );
    }
}
