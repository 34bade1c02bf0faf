//! AWS-LAMBDA-008: a Lambda layer version permission grants use to every AWS account.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LambdaLayerPermission(x) = &ctx.resource.config else {
            return;
        };
        if x.principal.get().map(|p| p.trim() == "*") != Some(true) {
            if !x.principal.is_known() {
                out.skip(&x.principal.origin, "the principal is not known");
            } else {
                out.pass(&x.principal.origin);
            }
            return;
        }
        match x.organization_id.get() {
            None => out.skip(
                &x.organization_id.origin,
                "the organization id is not known",
            ),
            Some(Some(o)) if !o.trim().is_empty() => out.pass(&x.organization_id.origin),
            Some(_) => out.fail(
                &x.principal.origin,
                "the layer version can be used by any AWS account: its code is public",
            ),
        }
    }
}
