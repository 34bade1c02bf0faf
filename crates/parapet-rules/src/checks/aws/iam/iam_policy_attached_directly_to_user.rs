//! AWS-IAM-007: an IAM policy is attached directly to a user rather than to a group.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::iam::Kind;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::IamPolicies(p) = &ctx.resource.config else {
            return;
        };
        let a = &p.attached_to_users;
        match a.get() {
            None => out.skip(
                &a.origin,
                format!(
                    "the users the policy is attached to are not known: {}",
                    a.unknown_reason().unwrap_or("unresolved")
                ),
            ),
            Some(false) => out.pass(&a.origin),
            Some(true) if p.kind == Kind::User => {
                if p.documents.is_empty() && p.managed_policy_arns.is_empty() {
                    out.pass(&ctx.resource.origin);
                }
                for d in &p.documents {
                    out.fail(
                        &d.origin,
                        format!(
                            "the user has its own inline policy{}: permissions should come from its groups",
                            d.name.get().and_then(|n| n.as_deref()).map(|n| format!(" `{n}`")).unwrap_or_default()
                        ),
                    );
                }
                for m in &p.managed_policy_arns {
                    out.fail(
                        &m.origin,
                        format!(
                            "the managed policy {} is attached directly to the user: permissions should come from its groups",
                            m.get().map(|s| format!("`{s}`")).unwrap_or_else(|| "(not known)".into())
                        ),
                    );
                }
            }
            Some(true) => out.fail(
                &a.origin,
                match p.kind {
                    Kind::Attachment => "the managed policy is attached directly to IAM users: attach it to a group they belong to instead",
                    _ => "the policy is attached directly to IAM users: attach it to a group they belong to instead",
                },
            ),
        }
    }
}
