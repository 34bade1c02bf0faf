//! AWS-LAMBDA-002: a function permission lets any principal invoke the function, without a
//! source condition.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LambdaPermission(p) = &ctx.resource.config else {
            return;
        };
        // A public function URL is AWS-LAMBDA-003's finding.
        match p.function_url_auth_type.get() {
            None => {
                out.skip(
                    &p.function_url_auth_type.origin,
                    "the function URL auth type is not known",
                );
                return;
            }
            Some(Some(t)) if t.eq_ignore_ascii_case("NONE") => {
                out.pass(&p.function_url_auth_type.origin);
                return;
            }
            Some(_) => {}
        }
        let any = match p.principal.get() {
            None => {
                out.skip(&p.principal.origin, "the principal is not known");
                return;
            }
            Some(x) => x.trim() == "*",
        };
        if !any {
            out.pass(&p.principal.origin);
            return;
        }
        match p.has_source_condition() {
            Some(true) => out.pass(&p.principal.origin),
            None => out.skip(&p.principal.origin, "the source conditions are not known"),
            Some(false) => out.fail(
                &p.principal.origin,
                "the permission lets any AWS principal, in any account, invoke the function: no source ARN, source account or organization narrows it",
            ),
        }
    }
}
