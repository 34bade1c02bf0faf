//! `aws_cloudfront_distribution` → `aws::cloudfront::Distribution`.

use super::{block, blocks};
use crate::module::RawResource;
use parapet_model::aws::cloudfront::{CacheBehavior, Distribution};
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
    Distribution {
        behaviors,
        default_certificate,
        minimum_protocol_version,
    }
}
