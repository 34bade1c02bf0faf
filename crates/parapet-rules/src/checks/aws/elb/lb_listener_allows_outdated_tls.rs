//! AWS-ELB-002: an HTTPS or TLS listener accepts TLS 1.0 or 1.1.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::elb::policy_allows_old_tls;
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
            Some(Some(p)) if p == "HTTPS" || p == "TLS" => {}
            Some(_) => return,
        }
        let how = if l.ssl_policy.is_defaulted() {
            "no security policy is set, so the API default"
        } else {
            "the security policy"
        };
        out.expect(
            &l.ssl_policy,
            |p| policy_allows_old_tls(p) == Some(true),
            format!(
                "{how} `{}` accepts TLS 1.0 and 1.1, which have known weaknesses and are not allowed by PCI DSS",
                l.ssl_policy.get().map(String::as_str).unwrap_or("")
            ),
        );
    }
}
