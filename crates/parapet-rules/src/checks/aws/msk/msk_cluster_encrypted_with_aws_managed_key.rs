//! AWS-MSK-002: a cluster encrypts data at rest with the AWS managed key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MskCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.at_rest_kms_key,
            |k| {
                k.as_deref()
                    .is_none_or(|k| k.trim().is_empty() || k.ends_with("alias/aws/kafka"))
            },
            "data at rest is encrypted with the AWS managed key `aws/kafka`, whose key policy the account cannot restrict",
        );
    }
}
