//! AWS-CLOUDFRONT-005: a distribution fetches from a custom origin over plain HTTP only.

use crate::{Check, Ctx, Outcomes};
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
            out.expect(
                &o.protocol_policy,
                |p| p.as_deref().is_some_and(|p| p.eq_ignore_ascii_case("http-only")),
                "origin_protocol_policy is `http-only`: CloudFront fetches from this origin over plain HTTP, so content and forwarded headers, cookies and credentials cross the internet unencrypted",
            );
        }
    }
}
