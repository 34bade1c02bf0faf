//! `AWS::CloudFront::Distribution` → `aws::cloudfront::Distribution`.

use super::aws_common::{present, prop};
use super::{required, unknown_reason};
use crate::eval::Evaluated;
use parapet_model::aws::cloudfront::{CacheBehavior, Distribution, DistributionOrigin};
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
            web_acl_id: Value::unknown(why, o.clone()),
            logging: Value::unknown(why, o.clone()),
            origins: Vec::new(),
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
    let logging = match prop(&cfg, "Logging").filter(|x| !x.is_null()) {
        None => Value::defaulted(false, cfg.origin.clone()),
        Some(l) => match unknown_reason(&l) {
            Some(r) => Value::unknown(r, l.origin.clone()),
            None => Value::explicit(true, l.origin.clone()),
        },
    };
    let mut origins = Vec::new();
    if let Some(list) = prop(&cfg, "Origins") {
        match &list.v {
            Dyn::List(items) => origins.extend(items.iter().map(origin)),
            Dyn::Null => {}
            _ => origins.push(origin(&list)),
        }
    }
    Distribution {
        behaviors,
        default_certificate,
        minimum_protocol_version,
        // A `!GetAtt` of a web ACL is set, though unresolved here.
        web_acl_id: present(&cfg, "WebACLId", &cfg.origin).map(|w| w.filter(|s| !s.is_empty())),
        logging,
        origins,
    }
}

fn origin(b: &Node) -> DistributionOrigin {
    let o = &b.origin;
    let custom = prop(b, "CustomOriginConfig").filter(|x| !x.is_null());
    let s3 = prop(b, "S3OriginConfig").filter(|x| !x.is_null());
    if let Some(r) = unknown_reason(b)
        .or_else(|| custom.as_ref().and_then(unknown_reason))
        .or_else(|| s3.as_ref().and_then(unknown_reason))
    {
        return DistributionOrigin {
            domain_name: Value::unknown(r.clone(), o.clone()),
            protocol_policy: Value::unknown(r.clone(), o.clone()),
            ssl_protocols: Value::unknown(r.clone(), o.clone()),
            s3_config: false,
            access_control_id: Value::unknown(r.clone(), o.clone()),
            access_identity: Value::unknown(r, o.clone()),
            origin: o.clone(),
        };
    }
    let empty = |v: Value<Option<String>>| v.map(|s| s.filter(|x| !x.trim().is_empty()));
    DistributionOrigin {
        domain_name: conv::opt_string(prop(b, "DomainName").as_ref(), o),
        protocol_policy: match &custom {
            Some(c) => conv::opt_string(prop(c, "OriginProtocolPolicy").as_ref(), &c.origin),
            None => Value::defaulted(None, o.clone()),
        },
        // Not written: only written protocols are reported.
        ssl_protocols: match &custom {
            Some(c) => conv::strings(prop(c, "OriginSSLProtocols").as_ref(), &c.origin),
            None => Value::defaulted(Vec::new(), o.clone()),
        },
        s3_config: s3.is_some(),
        access_control_id: empty(present(b, "OriginAccessControlId", o)),
        access_identity: match &s3 {
            Some(c) => empty(present(c, "OriginAccessIdentity", &c.origin)),
            None => Value::defaulted(None, o.clone()),
        },
        origin: o.clone(),
    }
}
