//! AWS-IAM-012: a permission statement allows `sts:AssumeRole` on every role, without a condition.

use super::common::{each_permission_statement, is_full_admin, Verdict};
use super::iam_policy_allows_passrole_on_all_roles::any_role;
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
            // A full-admin statement is AWS-IAM-001's finding; `NotAction` is AWS-IAM-005's.
            if is_full_admin(s) || s.actions.is_empty() {
                return Verdict::Pass;
            }
            let action = s.covers_action("sts:AssumeRole");
            match tri_and(&[s.is_allow(), action, s.covers_resources(any_role)]) {
                Some(true) if s.has_condition => Verdict::Pass,
                Some(true) => Verdict::Fail(
                    "the statement allows sts:AssumeRole on every role: whoever holds it can become any role, in any account, whose trust policy trusts this account".into(),
                ),
                Some(false) => Verdict::Pass,
                None => Verdict::Unknown(
                    "the statement's effect, actions or resources are not known".into(),
                ),
            }
        });
    }
}
