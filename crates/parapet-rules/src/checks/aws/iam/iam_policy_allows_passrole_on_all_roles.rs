//! AWS-IAM-002: a permission statement allows `iam:PassRole` on every role.

use super::common::{each_permission_statement, is_full_admin, Verdict};
use crate::{Check, Ctx, Outcomes};
use parapet_model::policy::tri_and;
use parapet_model::Config;

pub struct Rule;

/// `*`, or every role of an account (`arn:aws:iam::123456789012:role/*`, `arn:aws:iam::*:*`).
pub(crate) fn any_role(r: &str) -> bool {
    if r == "*" {
        return true;
    }
    let parts: Vec<&str> = r.splitn(6, ':').collect();
    if parts.len() != 6 || parts[0] != "arn" || !matches!(parts[2], "iam" | "*") {
        return false;
    }
    matches!(parts[5], "*" | "role/*" | "role*" | "ro*" | "r*")
}

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
            let action = s.covers_action("iam:PassRole");
            match tri_and(&[s.is_allow(), action, s.covers_resources(any_role)]) {
                Some(true) => Verdict::Fail(
                    "the statement allows iam:PassRole on every role: whoever holds it can hand any role, including administrator roles, to a service they control".into(),
                ),
                Some(false) => Verdict::Pass,
                None => Verdict::Unknown(
                    "the statement's effect, actions or resources are not known".into(),
                ),
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::any_role;

    #[test]
    fn role_wildcards() {
        assert!(any_role("*"));
        assert!(any_role("arn:aws:iam::123456789012:role/*"));
        assert!(any_role("arn:aws:iam::*:*"));
        assert!(!any_role("arn:aws:iam::123456789012:role/app-*"));
        assert!(!any_role("arn:aws:iam::123456789012:role/app"));
        assert!(!any_role("arn:aws:s3:::bucket/*"));
    }
}
