//! KUBERNETES-RBAC-004: a role can read Secrets (`get`, `list` or `watch` on `secrets`).

use crate::checks::kubernetes::common::{check_resource_access, role};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        let scope = if role.cluster {
            "in every namespace it is bound for"
        } else {
            "in its namespace"
        };
        check_resource_access(
            ctx,
            out,
            "",
            &["secrets"],
            &["get", "list", "watch"],
            |_, l| {
                // Access limited to named Secrets is the least-privilege pattern.
                if !l.names.is_empty() {
                    return None;
                }
                Some(format!(
                    "The {} can read Secrets {scope} ({})",
                    if role.cluster { "ClusterRole" } else { "Role" },
                    l.verbs.join(", ")
                ))
            },
        );
    }
}
