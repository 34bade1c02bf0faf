//! Helpers shared by the IAM rules.

use crate::Outcomes;
use parapet_model::aws::iam::Policies;
use parapet_model::policy::{Statement, UNKNOWN};

/// What a statement check decided.
pub enum Verdict {
    Pass,
    Fail(String),
    /// An unknown part of the statement decides it.
    Unknown(String),
}

/// Runs `check` on every statement of every permission document of `p`. An unknown document
/// is skipped; a resource without documents passes.
pub fn each_permission_statement(
    p: &Policies,
    origin: &parapet_model::Origin,
    out: &mut Outcomes,
    mut check: impl FnMut(&Statement) -> Verdict,
) {
    if p.documents.is_empty() {
        out.pass(origin);
    }
    for d in &p.documents {
        match d.policy.get() {
            None => out.skip(
                &d.policy.origin,
                d.policy
                    .unknown_reason()
                    .unwrap_or("the policy is not known"),
            ),
            Some(None) => out.pass(&d.policy.origin),
            Some(Some(doc)) => {
                if doc.statements.is_empty() {
                    out.pass(&d.policy.origin);
                }
                for s in &doc.statements {
                    match check(s) {
                        Verdict::Pass => out.pass(&s.origin),
                        Verdict::Fail(m) => out.fail(&s.origin, m),
                        Verdict::Unknown(r) => out.skip(&s.origin, r),
                    }
                }
            }
        }
    }
}

/// Whether the statement's `Action` names every action (`*`); `None` when an unknown item
/// could be it.
pub fn grants_every_action(s: &Statement) -> Option<bool> {
    if s.actions.iter().any(|a| matches!(a.trim(), "*" | "*:*")) {
        return Some(true);
    }
    if s.actions.iter().any(|a| a == UNKNOWN) {
        return None;
    }
    Some(false)
}

/// Whether the statement is an `Allow` of every action on every resource (AWS-IAM-001's
/// finding), so that the narrower rules do not report it a second time.
pub fn is_full_admin(s: &Statement) -> bool {
    s.is_allow() == Some(true)
        && grants_every_action(s) == Some(true)
        && s.covers_all_resources() == Some(true)
}

/// The actions of `candidates` that the statement's `Action` list grants; `None` when none is
/// known to be granted but an unknown item could grant one.
pub fn granted_actions<'a>(s: &Statement, candidates: &[&'a str]) -> Option<Vec<&'a str>> {
    let granted: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|a| {
            s.actions
                .iter()
                .any(|p| parapet_model::policy::action_matches(p, a))
        })
        .collect();
    if granted.is_empty() && s.actions.iter().any(|a| a == UNKNOWN) {
        return None;
    }
    Some(granted)
}
