//! `AWS::ElasticLoadBalancingV2::LoadBalancer` → `aws::elb::LoadBalancer`;
//! `AWS::ElasticLoadBalancingV2::Listener` → `aws::elb::Listener`.

use super::aws_common::prop;
use super::{first_item, unknown_reason};
use crate::eval::{scalar_text, Evaluated};
use parapet_model::aws::elb::{Listener, LoadBalancer};
use parapet_model::{conv, Dyn, Value};

const DROP_INVALID: &str = "routing.http.drop_invalid_header_fields.enabled";

pub(crate) fn load_balancer(ev: &Evaluated) -> LoadBalancer {
    let o = &ev.origin;
    let p = &ev.props;
    let internal =
        conv::string(prop(p, "Scheme").as_ref(), "internet-facing", o).map(|s| s == "internal");
    let drop = match prop(p, "LoadBalancerAttributes") {
        None => Value::defaulted(false, o.clone()),
        Some(attrs) => match &attrs.v {
            Dyn::List(items) => {
                let mut v = Value::defaulted(false, attrs.origin.clone());
                for a in items {
                    if let Some(r) = unknown_reason(a) {
                        v = Value::unknown(r, a.origin.clone());
                        continue;
                    }
                    let key = prop(a, "Key");
                    match key.as_ref().and_then(scalar_text) {
                        Some(k) if k == DROP_INVALID => {
                            v = conv::bool(prop(a, "Value").as_ref(), false, &a.origin)
                        }
                        Some(_) => {}
                        None => {
                            v = Value::unknown("an attribute key is not known", a.origin.clone())
                        }
                    }
                }
                v
            }
            _ => Value::unknown(
                unknown_reason(&attrs)
                    .unwrap_or_else(|| "LoadBalancerAttributes is not a list".into()),
                attrs.origin.clone(),
            ),
        },
    };
    let flag = |key: &str| attribute(p, o, key, "false").map(|v| v.eq_ignore_ascii_case("true"));
    LoadBalancer {
        lb_type: conv::string(prop(p, "Type").as_ref(), "application", o),
        internal,
        drop_invalid_header_fields: drop,
        access_logs: flag("access_logs.s3.enabled"),
        deletion_protection: flag("deletion_protection.enabled"),
        desync_mitigation_mode: attribute(p, o, "routing.http.desync_mitigation_mode", "defensive")
            .map(|m| m.to_ascii_lowercase()),
        // Joined with web ACL associations in `aws_network::join`.
        waf_web_acl: Value::defaulted(false, o.clone()),
    }
}

/// One of `LoadBalancerAttributes` by key, or `default` when it is not written; unknown when
/// the list or a key in it is not known.
fn attribute(
    p: &parapet_model::Node,
    o: &parapet_model::Origin,
    key: &str,
    default: &str,
) -> Value<String> {
    let Some(attrs) = prop(p, "LoadBalancerAttributes") else {
        return Value::defaulted(default.to_string(), o.clone());
    };
    let Dyn::List(items) = &attrs.v else {
        return Value::unknown(
            unknown_reason(&attrs).unwrap_or_else(|| "LoadBalancerAttributes is not a list".into()),
            attrs.origin.clone(),
        );
    };
    let mut v = Value::defaulted(default.to_string(), attrs.origin.clone());
    for a in items {
        if let Some(r) = unknown_reason(a) {
            v = Value::unknown(r, a.origin.clone());
            continue;
        }
        match prop(a, "Key").as_ref().and_then(scalar_text) {
            Some(k) if k == key => v = conv::string(prop(a, "Value").as_ref(), default, &a.origin),
            Some(_) => {}
            None => v = Value::unknown("an attribute key is not known", a.origin.clone()),
        }
    }
    v
}

pub(crate) fn listener(ev: &Evaluated) -> Listener {
    let o = &ev.origin;
    let p = &ev.props;
    let redirects_to_https = match prop(p, "DefaultActions") {
        None => Value::defaulted(false, o.clone()),
        Some(list) => match first_item(&list) {
            None => Value::defaulted(false, list.origin.clone()),
            Some(a) => match unknown_reason(&a) {
                Some(r) => Value::unknown(r, a.origin.clone()),
                None => {
                    let ty = conv::opt_string(prop(&a, "Type").as_ref(), &a.origin);
                    match ty.get() {
                        None => Value::unknown(
                            "the default action's type is not known",
                            a.origin.clone(),
                        ),
                        Some(Some(t)) if t == "redirect" => match prop(&a, "RedirectConfig") {
                            Some(rc) => conv::string(
                                prop(&rc, "Protocol").as_ref(),
                                "#{protocol}",
                                &rc.origin,
                            )
                            .map(|p| p.eq_ignore_ascii_case("HTTPS")),
                            None => Value::explicit(false, a.origin.clone()),
                        },
                        Some(_) => Value::explicit(false, a.origin.clone()),
                    }
                }
            },
        },
    };
    Listener {
        protocol: conv::opt_string(prop(p, "Protocol").as_ref(), o)
            .map(|p| p.map(|s| s.to_ascii_uppercase())),
        port: conv::opt_int(prop(p, "Port").as_ref(), o),
        // The Elastic Load Balancing API's (and CloudFormation's) default for HTTPS and TLS
        // listeners.
        ssl_policy: conv::string(
            prop(p, "SslPolicy").as_ref(),
            "ELBSecurityPolicy-2016-08",
            o,
        ),
        redirects_to_https,
    }
}
