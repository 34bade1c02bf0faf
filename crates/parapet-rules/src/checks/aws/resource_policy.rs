//! Shared logic of the rules about resource policies that open a resource to any principal.

use crate::Outcomes;
use parapet_model::policy::{tri_and, PolicyDocument};
use parapet_model::Value;

/// Fails every Allow statement of `policy` whose principal is anyone and that has no
/// condition; passes the others; skips what is unknown. No policy at all passes: without one,
/// only the account's own principals have access. `what` names the policy in messages
/// ("key policy", "repository policy").
pub fn check_open_to_anyone(
    policy: &Value<Option<PolicyDocument>>,
    what: &str,
    out: &mut Outcomes,
) {
    let doc = match policy.get() {
        None => {
            out.skip(
                &policy.origin,
                format!(
                    "value is unknown: {}",
                    policy.unknown_reason().unwrap_or("unresolved")
                ),
            );
            return;
        }
        Some(None) => {
            out.pass(&policy.origin);
            return;
        }
        Some(Some(d)) => d,
    };
    if doc.statements.is_empty() {
        out.pass(&policy.origin);
    }
    for s in &doc.statements {
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
