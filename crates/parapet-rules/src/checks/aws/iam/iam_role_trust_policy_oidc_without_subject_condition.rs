//! AWS-IAM-009: a role trusts an OIDC identity provider without restricting the token's subject.

use super::common::Verdict;
use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::iam::Kind;
use parapet_model::policy::{Statement, UNKNOWN};
use parapet_model::Config;

/// The host of an OIDC identity provider principal
/// (`arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com`).
fn oidc_host(principal: &str) -> Option<&str> {
    principal.split_once(":oidc-provider/").map(|(_, h)| h)
}

/// Whether a `sub` pattern admits every subject: nothing is left once the fixed words of the
/// common subject formats (`repo:`, `system:serviceaccount:`) and wildcards are removed.
fn open_subject(v: &str) -> bool {
    v.split(':')
        .filter(|seg| {
            !matches!(
                seg.to_ascii_lowercase().as_str(),
                "" | "repo" | "system" | "serviceaccount" | "project_path" | "organization"
            )
        })
        .all(|seg| seg.chars().all(|c| c == '*' || c == '?'))
}

fn verdict(s: &Statement) -> Verdict {
    let federated: Vec<&str> = s
        .principals
        .iter()
        .filter(|(k, _)| k == "Federated" || k == UNKNOWN)
        .map(|(_, v)| v.as_str())
        .collect();
    if s.is_allow() == Some(false) || federated.is_empty() {
        return Verdict::Pass;
    }
    match s.covers_action("sts:AssumeRoleWithWebIdentity") {
        Some(false) => return Verdict::Pass,
        None => return Verdict::Unknown("the statement's actions are not known".into()),
        Some(true) => {}
    }
    if s.is_allow().is_none() {
        return Verdict::Unknown("the statement's effect is not known".into());
    }
    let hosts: Vec<&str> = federated.iter().filter_map(|f| oidc_host(f)).collect();
    if hosts.is_empty() {
        return if federated.contains(&UNKNOWN) {
            Verdict::Unknown("the federated principal is not known".into())
        } else {
            // SAML providers and Cognito identity pools use other condition keys.
            Verdict::Pass
        };
    }
    if s.conditions
        .iter()
        .any(|c| c.key == UNKNOWN || c.operator == UNKNOWN)
    {
        return Verdict::Unknown("the statement's condition is not known".into());
    }
    let subject: Vec<_> = s
        .conditions
        .iter()
        .filter(|c| c.key.to_ascii_lowercase().ends_with(":sub"))
        .filter(|c| {
            matches!(
                c.base_operator(),
                "StringEquals" | "StringLike" | "StringEqualsIgnoreCase"
            )
        })
        .collect();
    let host = hosts[0];
    if subject.is_empty() {
        return Verdict::Fail(format!(
            "the trust policy lets any identity that {host} issues tokens for assume the role: no condition restricts the token's `sub` claim"
        ));
    }
    if subject
        .iter()
        .any(|c| c.values.iter().any(|v| v == UNKNOWN))
    {
        return Verdict::Unknown("the `sub` condition's values are not known".into());
    }
    if subject
        .iter()
        .all(|c| !c.values.is_empty() && c.values.iter().all(|v| open_subject(v)))
    {
        return Verdict::Fail(format!(
            "the `sub` condition admits every subject of {host} (`{}`): any of its users can assume the role",
            subject[0].values.join("`, `")
        ));
    }
    Verdict::Pass
}

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::IamPolicies(p) = &ctx.resource.config else {
            return;
        };
        if p.kind != Kind::Role {
            return;
        }
        let t = &p.trust_policy;
        let doc = match t.get() {
            None => {
                out.skip(
                    &t.origin,
                    t.unknown_reason()
                        .unwrap_or("the trust policy is not known"),
                );
                return;
            }
            Some(None) => return,
            Some(Some(d)) => d,
        };
        for s in &doc.statements {
            match verdict(s) {
                Verdict::Pass => out.pass(&s.origin),
                Verdict::Fail(m) => out.fail(&s.origin, m),
                Verdict::Unknown(r) => out.skip(&s.origin, r),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::open_subject;

    #[test]
    fn subject_patterns() {
        assert!(open_subject("*"));
        assert!(open_subject("repo:*"));
        assert!(open_subject("system:serviceaccount:*:*"));
        assert!(!open_subject("repo:my-org/*"));
        assert!(!open_subject("repo:my-org/app:ref:refs/heads/main"));
        assert!(!open_subject("system:serviceaccount:prod:app"));
    }
}
