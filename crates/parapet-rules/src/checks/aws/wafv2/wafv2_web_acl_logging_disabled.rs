//! AWS-WAFV2-001: a WAF web ACL has no logging configuration.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Wafv2WebAcl(w) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &w.logging,
            |on| !on,
            "no logging configuration names this web ACL: the requests it inspects, blocks and allows are not recorded, so attacks and false positives cannot be investigated",
        );
    }
}
