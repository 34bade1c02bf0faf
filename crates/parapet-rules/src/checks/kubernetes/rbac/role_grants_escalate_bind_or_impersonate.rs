//! KUBERNETES-RBAC-006: a role grants the `escalate`, `bind` or `impersonate` verb.

use crate::checks::kubernetes::common::{code_list, lists, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        for r in &role.rules {
            let Some(l) = lists(r, out) else { continue };
            let mut verbs: Vec<&str> = Vec::new();
            for v in ["escalate", "bind", "impersonate"] {
                if l.verbs.iter().any(|x| x == v) {
                    verbs.push(v);
                }
            }
            // `bind` or `escalate` limited to named roles is the documented safe pattern.
            if !l.names.is_empty() {
                verbs.retain(|v| *v == "impersonate");
            }
            if verbs.is_empty() {
                out.pass(&r.verbs.origin);
                continue;
            }
            out.fail(
                &r.verbs.origin,
                format!(
                    "The {} grants {}, which let a subject gain permissions it does not have",
                    role_kind(role),
                    code_list(&verbs)
                ),
            );
        }
    }
}
