//! AWS-CLOUDFRONT-007: an S3 origin is reached without origin access control or identity.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::cloudfront::is_s3_rest_domain;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudFrontDistribution(d) = &ctx.resource.config else {
            return;
        };
        if d.origins.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for o in &d.origins {
            let s3 = o.s3_config
                || match o.domain_name.get() {
                    Some(Some(n)) => is_s3_rest_domain(n),
                    Some(None) => false,
                    None => {
                        out.skip(&o.origin, "the origin's domain name is not known");
                        continue;
                    }
                };
            // Custom origins (S3 website endpoints among them) are not S3 REST origins.
            if !s3 || o.protocol_policy.get().is_some_and(Option::is_some) {
                out.pass(&o.origin);
                continue;
            }
            match (o.access_control_id.get(), o.access_identity.get()) {
                (Some(Some(_)), _) | (_, Some(Some(_))) => out.pass(&o.origin),
                (None, _) => out.skip(&o.access_control_id.origin, "the origin access control is not known"),
                (_, None) => out.skip(&o.access_identity.origin, "the origin access identity is not known"),
                (Some(None), Some(None)) => out.fail(
                    &o.origin,
                    "the S3 origin has neither an origin access control nor an origin access identity: CloudFront can read the bucket only if it is public, and viewers can bypass the distribution and its protections",
                ),
            }
        }
    }
}
