//! KUBERNETES-RBAC-016: a binding grants a role to a namespace's `default` ServiceAccount.

use crate::checks::kubernetes::common::binding;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(b) = binding(ctx) else { return };
        let role = b.role_ref.name.get().map(String::as_str).unwrap_or("?");
        for s in &b.subjects {
            let (Some(kind), Some(name)) = (s.kind.get(), s.name.get()) else {
                out.expect(&s.name, |_| false, "");
                continue;
            };
            if kind != "ServiceAccount" || name != "default" {
                out.pass(&s.origin);
                continue;
            }
            let ns = match s.namespace.get() {
                Some(Some(ns)) => format!(" of namespace `{ns}`"),
                _ => String::new(),
            };
            out.fail(
                &s.name.origin,
                format!(
                    "The {} grants `{role}` to the `default` ServiceAccount{ns}, which every pod of the namespace without its own account runs as",
                    b.meta.kind
                ),
            );
        }
    }
}
