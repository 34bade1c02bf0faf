//! Shared logic of the rules about resource policies that open a resource to any principal.

use crate::Outcomes;
use parapet_model::policy::{tri_and, PolicyDocument, Statement, UNKNOWN};
use parapet_model::Value;

/// The statements of a policy to judge one by one. An unknown policy is skipped and `None`
/// returned; no policy, or one without statements, passes (only the account's own principals
/// have access).
fn statements<'a>(
    policy: &'a Value<Option<PolicyDocument>>,
    out: &mut Outcomes,
) -> Option<&'a [Statement]> {
    match policy.get() {
        None => {
            out.skip(
                &policy.origin,
                format!(
                    "value is unknown: {}",
                    policy.unknown_reason().unwrap_or("unresolved")
                ),
            );
            None
        }
        Some(None) => {
            out.pass(&policy.origin);
            None
        }
        Some(Some(d)) => {
            if d.statements.is_empty() {
                out.pass(&policy.origin);
            }
            Some(&d.statements)
        }
    }
}

/// Fails every Allow statement of `policy` whose principal is anyone and that has no
/// condition; passes the others; skips what is unknown. No policy at all passes: without one,
/// only the account's own principals have access. `what` names the policy in messages
/// ("key policy", "repository policy").
pub fn check_open_to_anyone(
    policy: &Value<Option<PolicyDocument>>,
    what: &str,
    out: &mut Outcomes,
) {
    let Some(statements) = statements(policy, out) else {
        return;
    };
    for s in statements {
        match tri_and(&[s.is_allow(), s.principal_is_anyone()]) {
            Some(true) if !s.has_condition => out.fail(
                &s.origin,
                format!(
                    "the {what} allows {} to any AWS principal, in any account, without a condition",
                    if s.actions.is_empty() {
                        "every action but those in NotAction".to_string()
                    } else {
                        s.actions.join(", ")
                    }
                ),
            ),
            Some(_) => out.pass(&s.origin),
            None => out.skip(&s.origin, "the statement's effect or principal is not known"),
        }
    }
}

/// Condition keys that tie a service principal's access to the caller's own resource or
/// account (cross-service confused deputy protection).
const SOURCE_KEYS: &[&str] = &[
    "aws:SourceArn",
    "aws:SourceAccount",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
];

/// Fails every Allow statement of `policy` that grants access to an AWS service principal
/// (`Service: sns.amazonaws.com`) without a condition on `aws:SourceArn`, `aws:SourceAccount`,
/// `aws:SourceOrgID` or `aws:SourceOrgPaths`; passes the others; skips what is unknown. No
/// policy at all passes. `what` names the policy in messages.
pub fn check_service_without_source(
    policy: &Value<Option<PolicyDocument>>,
    what: &str,
    out: &mut Outcomes,
) {
    let Some(statements) = statements(policy, out) else {
        return;
    };
    for s in statements {
        let services: Vec<&str> = s
            .principals
            .iter()
            .filter(|(k, v)| k == "Service" && v != UNKNOWN)
            .map(|(_, v)| v.as_str())
            .collect();
        if s.is_allow() == Some(false) || services.is_empty() {
            out.pass(&s.origin);
            continue;
        }
        if s.is_allow().is_none() {
            out.skip(&s.origin, "the statement's effect is not known");
            continue;
        }
        if s.conditions.iter().any(|c| c.key == UNKNOWN) {
            out.skip(&s.origin, "the statement's condition is not known");
            continue;
        }
        let tied = s
            .conditions
            .iter()
            .any(|c| SOURCE_KEYS.iter().any(|k| c.key.eq_ignore_ascii_case(k)));
        if tied {
            out.pass(&s.origin);
        } else {
            out.fail(
                &s.origin,
                format!(
                    "the {what} allows {} without an aws:SourceArn or aws:SourceAccount condition: the service acts for every AWS account, so any customer's {} can use this access",
                    services.join(", "),
                    if services.len() == 1 { "resources" } else { "resources of these services" }
                ),
            );
        }
    }
}
