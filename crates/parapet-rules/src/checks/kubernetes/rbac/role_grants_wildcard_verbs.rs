//! KUBERNETES-RBAC-001: a role rule grants every verb (`verbs: ["*"]`).

use crate::checks::kubernetes::common::{code_list, lists, only_metrics_groups, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        for r in &role.rules {
            let Some(l) = lists(r, out) else { continue };
            // Rules on non-resource URLs (`/metrics`) are out of scope.
            if l.resources.is_empty()
                || !l.verbs.iter().any(|v| v == "*")
                || only_metrics_groups(l.groups)
            {
                out.pass(&r.verbs.origin);
                continue;
            }
            out.fail(
                &r.verbs.origin,
                format!(
                    "The {} grants every verb (`*`), including delete, escalate and bind where they apply, on {}",
                    role_kind(role),
                    code_list(l.resources)
                ),
            );
        }
    }
}
