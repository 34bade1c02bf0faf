//! AWS-CLOUDFRONT-004: a distribution writes no standard access logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CloudFrontDistribution(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.logging,
            |on| !on,
            "access logging is not configured (logging_config): the requests viewers make and the responses they get are not recorded for investigation",
        );
    }
}
