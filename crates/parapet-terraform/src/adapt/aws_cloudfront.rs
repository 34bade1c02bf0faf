//! `aws_cloudfront_distribution` → `aws::cloudfront::Distribution`.

use super::aws_common::present;
use super::{block, blocks};
use crate::module::RawResource;
use parapet_model::aws::cloudfront::{CacheBehavior, Distribution, DistributionOrigin};
use parapet_model::{conv, Dyn, Node, Value};

fn behavior(b: &Node, default: bool) -> CacheBehavior {
    CacheBehavior {
        path_pattern: if default {
            Value::defaulted(None, b.origin.clone())
        } else {
            conv::opt_string(b.get("path_pattern"), &b.origin)
        },
        viewer_protocol_policy: match conv::opt_string(b.get("viewer_protocol_policy"), &b.origin) {
            // Required by the provider.
            v if v.get().is_some_and(Option::is_none) => {
                Value::unknown("viewer_protocol_policy is not set", v.origin.clone())
            }
            v => v.map(Option::unwrap_or_default),
        },
        origin: b.origin.clone(),
    }
}

pub(crate) fn distribution(r: &RawResource) -> Distribution {
    let n = &r.node;
    let o = &r.origin;
    let mut behaviors = Vec::new();
    if let Some(b) = block(n, "default_cache_behavior") {
        behaviors.push(behavior(b, true));
    }
    match n.get("ordered_cache_behavior").map(|x| &x.v) {
        Some(Dyn::Unknown(u)) => behaviors.push(CacheBehavior {
            path_pattern: Value::unknown(u.reason.clone(), o.clone()),
            viewer_protocol_policy: Value::unknown(u.reason.clone(), o.clone()),
            origin: o.clone(),
        }),
        _ => behaviors.extend(
            blocks(n, "ordered_cache_behavior")
                .into_iter()
                .map(|b| behavior(b, false)),
        ),
    }
    let (default_certificate, minimum_protocol_version) = match block(n, "viewer_certificate") {
        Some(v) => (
            conv::bool(v.get("cloudfront_default_certificate"), false, &v.origin),
            // Provider docs: defaults to TLSv1.
            conv::string(v.get("minimum_protocol_version"), "TLSv1", &v.origin),
        ),
        None => (
            Value::unknown("viewer_certificate is not set", o.clone()),
            Value::unknown("viewer_certificate is not set", o.clone()),
        ),
    };
    let logging = match n.get("logging_config") {
        Some(x) if x.is_unknown() => {
            Value::unknown("logging_config is not known", x.origin.clone())
        }
        _ => match block(n, "logging_config") {
            Some(l) => Value::explicit(true, l.origin.clone()),
            None => Value::defaulted(false, o.clone()),
        },
    };
    let origins = match n.get("origin") {
        Some(x) if x.is_unknown() => vec![unknown_origin(&x.origin)],
        _ => blocks(n, "origin").into_iter().map(origin).collect(),
    };
    Distribution {
        behaviors,
        default_certificate,
        minimum_protocol_version,
        // A reference to a web ACL (`aws_wafv2_web_acl.edge.arn`) is set, though unknown until apply.
        web_acl_id: present(n.get("web_acl_id"), o).map(|w| w.filter(|s| !s.is_empty())),
        logging,
        origins,
    }
}

fn unknown_origin(o: &parapet_model::Origin) -> DistributionOrigin {
    let why = "the origins are not known";
    DistributionOrigin {
        domain_name: Value::unknown(why, o.clone()),
        protocol_policy: Value::unknown(why, o.clone()),
        ssl_protocols: Value::unknown(why, o.clone()),
        s3_config: false,
        access_control_id: Value::unknown(why, o.clone()),
        access_identity: Value::unknown(why, o.clone()),
        origin: o.clone(),
    }
}

fn origin(b: &Node) -> DistributionOrigin {
    let o = &b.origin;
    if b.get("custom_origin_config")
        .is_some_and(|c| c.is_unknown())
        || b.get("s3_origin_config").is_some_and(|c| c.is_unknown())
    {
        return unknown_origin(o);
    }
    let custom = block(b, "custom_origin_config");
    let s3 = block(b, "s3_origin_config");
    let empty = |v: Value<Option<String>>| v.map(|s| s.filter(|x| !x.trim().is_empty()));
    DistributionOrigin {
        domain_name: conv::opt_string(b.get("domain_name"), o),
        protocol_policy: match custom {
            Some(c) => conv::opt_string(c.get("origin_protocol_policy"), &c.origin),
            None => Value::defaulted(None, o.clone()),
        },
        ssl_protocols: match custom {
            Some(c) => conv::strings(c.get("origin_ssl_protocols"), &c.origin),
            None => Value::defaulted(Vec::new(), o.clone()),
        },
        s3_config: s3.is_some(),
        access_control_id: empty(present(b.get("origin_access_control_id"), o)),
        access_identity: match s3 {
            Some(c) => empty(present(c.get("origin_access_identity"), &c.origin)),
            None => Value::defaulted(None, o.clone()),
        },
        origin: o.clone(),
    }
}
