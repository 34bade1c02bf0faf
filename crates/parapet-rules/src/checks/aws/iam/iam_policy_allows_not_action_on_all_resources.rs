//! AWS-IAM-005: a permission statement allows every action but a list (`NotAction`) on every
//! resource.

use super::common::{each_permission_statement, Verdict};
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
            if s.not_actions.is_empty() {
                return Verdict::Pass;
            }
            match tri_and(&[s.is_allow(), s.covers_all_resources()]) {
                Some(true) => Verdict::Fail(format!(
                    "the statement allows every action except {} on every resource, including services and actions added later",
                    s.not_actions.join(", ")
                )),
                Some(false) => Verdict::Pass,
                None => Verdict::Unknown("the statement's effect or resources are not known".into()),
            }
        });
    }
}
