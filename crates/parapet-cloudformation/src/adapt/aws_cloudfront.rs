//! `AWS::CloudFront::Distribution` → `aws::cloudfront::Distribution`.

use super::aws_common::prop;
use super::{required, unknown_reason};
use crate::eval::Evaluated;
use parapet_model::aws::cloudfront::{CacheBehavior, Distribution};
use parapet_model::{conv, Dyn, Node, Value};

fn behavior(b: &Node, default: bool) -> CacheBehavior {
    if let Some(r) = unknown_reason(b) {
        return CacheBehavior {
            path_pattern: Value::unknown(r.clone(), b.origin.clone()),
            viewer_protocol_policy: Value::unknown(r, b.origin.clone()),
            origin: b.origin.clone(),
        };
    }
    CacheBehavior {
        path_pattern: if default {
            Value::defaulted(None, b.origin.clone())
        } else {
            conv::opt_string(prop(b, "PathPattern").as_ref(), &b.origin)
        },
        viewer_protocol_policy: required(
            conv::opt_string(prop(b, "ViewerProtocolPolicy").as_ref(), &b.origin),
            "ViewerProtocolPolicy",
        ),
        origin: b.origin.clone(),
    }
}

pub(crate) fn distribution(ev: &Evaluated) -> Distribution {
    let o = &ev.origin;
    let Some(cfg) = prop(&ev.props, "DistributionConfig").filter(|x| !x.is_null()) else {
        let why = "DistributionConfig is not set";
        return Distribution {
            behaviors: Vec::new(),
            default_certificate: Value::unknown(why, o.clone()),
            minimum_protocol_version: Value::unknown(why, o.clone()),
        };
    };
    let mut behaviors = Vec::new();
    if let Some(b) = prop(&cfg, "DefaultCacheBehavior") {
        behaviors.push(behavior(&b, true));
    }
    if let Some(list) = prop(&cfg, "CacheBehaviors") {
        match &list.v {
            Dyn::List(items) => behaviors.extend(items.iter().map(|b| behavior(b, false))),
            Dyn::Null => {}
            _ => behaviors.push(behavior(&list, false)),
        }
    }
    let (default_certificate, minimum_protocol_version) =
        match prop(&cfg, "ViewerCertificate").filter(|x| !x.is_null()) {
            // CloudFormation docs: without ViewerCertificate the distribution uses the
            // *.cloudfront.net certificate.
            None => (
                Value::defaulted(true, cfg.origin.clone()),
                Value::defaulted("TLSv1".to_string(), cfg.origin.clone()),
            ),
            Some(v) => (
                conv::bool(
                    prop(&v, "CloudFrontDefaultCertificate").as_ref(),
                    false,
                    &v.origin,
                ),
                conv::string(
                    prop(&v, "MinimumProtocolVersion").as_ref(),
                    "TLSv1",
                    &v.origin,
                ),
            ),
        };
    Distribution {
        behaviors,
        default_certificate,
        minimum_protocol_version,
    }
}
