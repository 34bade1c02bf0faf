//! KUBERNETES-RBAC-009: a binding names the `system:authenticated` group as a subject.

use crate::checks::kubernetes::common::binding;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

/// Roles Kubernetes itself binds to every authenticated user.
const DEFAULTS: &[&str] = &[
    "system:basic-user",
    "system:discovery",
    "system:public-info-viewer",
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(b) = binding(ctx) else { return };
        let role = &b.role_ref.name;
        let Some(role_name) = role.get() else {
            out.expect(role, |_| false, "");
            return;
        };
        if b.role_ref.kind.get().is_some_and(|k| k == "ClusterRole")
            && DEFAULTS.contains(&role_name.as_str())
        {
            out.pass(&role.origin);
            return;
        }
        for s in &b.subjects {
            let (Some(kind), Some(name)) = (s.kind.get(), s.name.get()) else {
                out.expect(&s.name, |_| false, "");
                continue;
            };
            if kind == "Group" && name == "system:authenticated" {
                out.fail(
                    &s.name.origin,
                    format!(
                        "The {} grants {} `{role_name}` to `system:authenticated`: every user and service account with any valid credential",
                        b.meta.kind,
                        b.role_ref.kind.get().map(String::as_str).unwrap_or("role"),
                    ),
                );
            } else {
                out.pass(&s.origin);
            }
        }
    }
}
