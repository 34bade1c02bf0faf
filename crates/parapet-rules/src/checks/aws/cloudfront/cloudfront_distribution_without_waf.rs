//! AWS-CLOUDFRONT-003: a distribution is not protected by an AWS WAF web ACL.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudFrontDistribution(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.web_acl_id,
            Option::is_none,
            "no AWS WAF web ACL is associated (web_acl_id): requests reach the origin without any filtering of common exploits, bots or floods",
        );
    }
}
