//! AWS-ELB-007: a Classic Load Balancer listener accepts unencrypted HTTP or TCP.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ClassicLoadBalancer(lb) = &ctx.resource.config else {
            return;
        };
        if lb.listeners.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for l in &lb.listeners {
            out.expect(
                &l.protocol,
                |p| p == "HTTP" || p == "TCP",
                format!(
                    "the listener{} accepts {} without TLS: requests, cookies and credentials cross the network unencrypted",
                    match l.port.get() {
                        Some(Some(p)) => format!(" on port {p}"),
                        _ => String::new(),
                    },
                    l.protocol.get().map(String::as_str).unwrap_or("traffic")
                ),
            );
        }
    }
}
