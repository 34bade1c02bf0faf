//! AWS-WAFV2-002: a WAF web ACL allows everything: no rules and a default action of allow.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Wafv2WebAcl(w) = &ctx.resource.config else {
            return;
        };
        match w.default_allow.get() {
            None => out.skip(&w.default_allow.origin, "the default action is not known"),
            Some(false) => out.pass(&w.default_allow.origin),
            Some(true) => out.expect(
                &w.rule_count,
                |n| *n == 0,
                "the web ACL has no rules and allows by default: every request passes, so the resources it protects are not protected at all",
            ),
        }
    }
}
