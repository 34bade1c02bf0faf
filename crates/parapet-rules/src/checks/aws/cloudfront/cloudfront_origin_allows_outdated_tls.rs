//! AWS-CLOUDFRONT-006: a distribution may talk to a custom origin with SSLv3, TLS 1.0 or 1.1.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

fn outdated(p: &str) -> bool {
    matches!(p.trim(), "SSLv3" | "TLSv1" | "TLSv1.1")
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudFrontDistribution(d) = &ctx.resource.config else {
            return;
        };
        if d.origins.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for o in &d.origins {
            let old: Vec<&str> = o
                .ssl_protocols
                .get()
                .map(|l| {
                    l.iter()
                        .map(String::as_str)
                        .filter(|p| outdated(p))
                        .collect()
                })
                .unwrap_or_default();
            out.expect(
                &o.ssl_protocols,
                |l| l.iter().any(|p| outdated(p)),
                format!(
                    "origin_ssl_protocols allows {}: CloudFront will fall back to a broken or deprecated protocol with an origin that offers it",
                    old.join(", ")
                ),
            );
        }
    }
}
