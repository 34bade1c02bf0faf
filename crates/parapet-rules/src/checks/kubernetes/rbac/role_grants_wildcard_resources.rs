//! KUBERNETES-RBAC-002: a role rule applies to every resource (`resources: ["*"]`).

use crate::checks::kubernetes::common::{code_list, lists, only_metrics_groups, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        for r in &role.rules {
            let Some(l) = lists(r, out) else { continue };
            if !l.resources.iter().any(|x| x == "*") || only_metrics_groups(l.groups) {
                out.pass(&r.resources.origin);
                continue;
            }
            let groups: Vec<&str> = l
                .groups
                .iter()
                .map(|g| if g.is_empty() { "core" } else { g.as_str() })
                .collect();
            out.fail(
                &r.resources.origin,
                format!(
                    "The {} grants {} on every resource (`*`) of the API {} {}, subresources{} included",
                    role_kind(role),
                    code_list(l.verbs),
                    if groups.len() == 1 { "group" } else { "groups" },
                    code_list(&groups),
                    if l.in_group("") { " and Secrets" } else { "" }
                ),
            );
        }
    }
}
