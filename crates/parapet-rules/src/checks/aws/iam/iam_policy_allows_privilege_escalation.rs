//! AWS-IAM-003: a permission statement allows IAM actions that let the holder raise their own
//! privileges, on every resource.

use super::common::{each_permission_statement, granted_actions, is_full_admin, Verdict};
use crate::{Check, Ctx, Outcomes};
use parapet_model::policy::tri_and;
use parapet_model::Config;

pub struct Rule;

/// IAM actions that, on any principal or policy, let the holder grant themselves more rights:
/// rewrite or attach policies, take over other users' credentials, join groups, change who may
/// assume a role, or strip permissions boundaries. `iam:PassRole` is AWS-IAM-002's.
const ESCALATING: &[&str] = &[
    "iam:CreatePolicyVersion",
    "iam:SetDefaultPolicyVersion",
    "iam:AttachUserPolicy",
    "iam:AttachGroupPolicy",
    "iam:AttachRolePolicy",
    "iam:PutUserPolicy",
    "iam:PutGroupPolicy",
    "iam:PutRolePolicy",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:UpdateLoginProfile",
    "iam:AddUserToGroup",
    "iam:UpdateAssumeRolePolicy",
    "iam:DeleteUserPermissionsBoundary",
    "iam:DeleteRolePermissionsBoundary",
    "iam:PutUserPermissionsBoundary",
    "iam:PutRolePermissionsBoundary",
];

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
            let granted = granted_actions(s, ESCALATING);
            let any = granted.as_ref().map(|g| !g.is_empty());
            match tri_and(&[s.is_allow(), any, s.covers_all_resources()]) {
                Some(true) => {
                    let g = granted.unwrap_or_default();
                    let shown = if g.len() > 4 {
                        format!("{} and {} more", g[..4].join(", "), g.len() - 4)
                    } else {
                        g.join(", ")
                    };
                    Verdict::Fail(format!(
                        "the statement allows {shown} on every resource, which lets the holder grant itself more privileges"
                    ))
                }
                Some(false) => Verdict::Pass,
                None => Verdict::Unknown(
                    "the statement's effect, actions or resources are not known".into(),
                ),
            }
        });
    }
}
