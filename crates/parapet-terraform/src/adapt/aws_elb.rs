//! `aws_lb`/`aws_alb` → `aws::elb::LoadBalancer`; `aws_lb_listener`/`aws_alb_listener` →
//! `aws::elb::Listener`.

use super::{block, blocks};
use crate::module::RawResource;
use parapet_model::aws::elb::{Listener, LoadBalancer};
use parapet_model::{conv, Dyn, Value};

pub(crate) fn load_balancer(r: &RawResource) -> LoadBalancer {
    let n = &r.node;
    let o = &r.origin;
    LoadBalancer {
        lb_type: conv::string(n.get("load_balancer_type"), "application", o),
        internal: conv::bool(n.get("internal"), false, o),
        drop_invalid_header_fields: conv::bool(n.get("drop_invalid_header_fields"), false, o),
        access_logs: match n.get("access_logs") {
            Some(x) if x.is_unknown() => {
                Value::unknown("access_logs is not known", x.origin.clone())
            }
            // Provider docs: `enabled` is false, even when a bucket is named.
            _ => match block(n, "access_logs") {
                Some(b) => conv::bool(b.get("enabled"), false, &b.origin),
                None => Value::defaulted(false, o.clone()),
            },
        },
        deletion_protection: conv::bool(n.get("enable_deletion_protection"), false, o),
        desync_mitigation_mode: conv::string(n.get("desync_mitigation_mode"), "defensive", o)
            .map(|m| m.to_ascii_lowercase()),
        // Joined with web ACL associations in `aws_network::join`.
        waf_web_acl: Value::defaulted(false, o.clone()),
    }
}

pub(crate) fn listener(r: &RawResource) -> Listener {
    let n = &r.node;
    let o = &r.origin;
    let redirects_to_https = match n.get("default_action").map(|x| &x.v) {
        Some(Dyn::Unknown(u)) => Value::unknown(u.reason.clone(), o.clone()),
        _ => {
            let actions = blocks(n, "default_action");
            match actions.first() {
                None => Value::defaulted(false, o.clone()),
                Some(a) => {
                    let ty = conv::opt_string(a.get("type"), &a.origin);
                    match ty.get() {
                        None => Value::unknown(
                            "the default action's type is not known",
                            a.origin.clone(),
                        ),
                        Some(Some(t)) if t == "redirect" => match block(a, "redirect") {
                            Some(rd) => conv::string(rd.get("protocol"), "#{protocol}", &rd.origin)
                                .map(|p| p.eq_ignore_ascii_case("HTTPS")),
                            None => Value::explicit(false, a.origin.clone()),
                        },
                        Some(_) => Value::explicit(false, a.origin.clone()),
                    }
                }
            }
        }
    };
    Listener {
        protocol: conv::opt_string(n.get("protocol"), o).map(|p| p.map(|s| s.to_ascii_uppercase())),
        port: conv::opt_int(n.get("port"), o),
        // The Elastic Load Balancing API's default for HTTPS and TLS listeners.
        ssl_policy: conv::string(n.get("ssl_policy"), "ELBSecurityPolicy-2016-08", o),
        redirects_to_https,
    }
}
