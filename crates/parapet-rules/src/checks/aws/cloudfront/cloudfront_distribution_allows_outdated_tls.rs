//! AWS-CLOUDFRONT-002: a distribution with its own certificate accepts TLS older than 1.2.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::cloudfront::allows_old_tls;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudFrontDistribution(d) = &ctx.resource.config else {
            return;
        };
        // The *.cloudfront.net certificate's TLS settings cannot be changed.
        match d.default_certificate.get() {
            Some(true) => return,
            None => {
                out.skip(
                    &d.default_certificate.origin,
                    "the viewer certificate is not known",
                );
                return;
            }
            Some(false) => {}
        }
        let how = if d.minimum_protocol_version.is_defaulted() {
            "no minimum protocol version is set, so CloudFront's default"
        } else {
            "the minimum protocol version"
        };
        out.expect(
            &d.minimum_protocol_version,
            |v| allows_old_tls(v),
            format!(
                "{how} `{}` accepts TLS versions older than 1.2",
                d.minimum_protocol_version
                    .get()
                    .map(String::as_str)
                    .unwrap_or("")
            ),
        );
    }
}
