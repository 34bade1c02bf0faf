//! AWS-CLOUDFRONT-001: a cache behavior serves viewers over plain HTTP.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudFrontDistribution(d) = &ctx.resource.config else {
            return;
        };
        if d.behaviors.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for b in &d.behaviors {
            let which = match b.path_pattern.get() {
                Some(Some(p)) => format!("the cache behavior for `{p}`"),
                _ => "the default cache behavior".to_string(),
            };
            out.expect(
                &b.viewer_protocol_policy,
                |p| p == "allow-all",
                format!("{which} serves viewers over plain HTTP (`allow-all`) instead of redirecting to HTTPS"),
            );
        }
    }
}
