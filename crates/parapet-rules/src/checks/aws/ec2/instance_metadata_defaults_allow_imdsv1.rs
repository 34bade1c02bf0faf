//! AWS-EC2-020: the account's instance metadata defaults let new instances answer IMDSv1.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::InstanceMetadataDefaults(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.http_tokens,
            |t| t == "optional",
            "the account default for http_tokens is `optional`: new instances that do not set it answer IMDSv1 requests, so a server-side request forgery can read their role's credentials",
        );
    }
}
