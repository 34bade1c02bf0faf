//! KUBERNETES-RBAC-018: a role can modify Namespaces (`update` or `patch` on `namespaces`).

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
            &["namespaces"],
            &["update", "patch"],
            |_, l| {
                let which = if l.names.is_empty() {
                    "any Namespace"
                } else {
                    "the named Namespaces"
                };
                Some(format!(
                    "The {kind} can change the labels of {which}, including the `pod-security.kubernetes.io` labels that enforce Pod Security admission"
                ))
            },
        );
    }
}
