//! KUBERNETES-RBAC-010: a role grants access to the `nodes/proxy` subresource.

use crate::checks::kubernetes::common::{check_resource_access, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        let kind = role_kind(role);
        check_resource_access(
            ctx,
            out,
            "",
            &["nodes/proxy"],
            &[
                "get", "create", "update", "patch", "delete", "list", "watch",
            ],
            |_, l| {
                Some(format!(
                    "The {kind} grants {} on `nodes/proxy`: direct access to the kubelet API of every node, which can run commands in any pod there",
                    l.verbs.join(", ")
                ))
            },
        );
    }
}
