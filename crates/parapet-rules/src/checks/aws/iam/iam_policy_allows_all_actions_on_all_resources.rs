//! AWS-IAM-001: a permission statement allows every action (`*`) on every resource.

use super::common::{each_permission_statement, grants_every_action, Verdict};
use crate::{Check, Ctx, Outcomes};
use parapet_model::policy::tri_and;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::IamPolicies(p) = &ctx.resource.config else {
            return;
        };
        each_permission_statement(p, &ctx.resource.origin, out, |s| {
            match tri_and(&[
                s.is_allow(),
                grants_every_action(s),
                s.covers_all_resources(),
            ]) {
                Some(true) => Verdict::Fail(
                    if s.has_condition {
                        "the statement allows every action on every resource (full administrator access, only narrowed by a condition)"
                    } else {
                        "the statement allows every action on every resource (full administrator access)"
                    }
                    .into(),
                ),
                Some(false) => Verdict::Pass,
                None => Verdict::Unknown(
                    "the statement's effect, actions or resources are not known".into(),
                ),
            }
        });
    }
}
