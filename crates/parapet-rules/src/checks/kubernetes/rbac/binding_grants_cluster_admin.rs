//! KUBERNETES-RBAC-007: a binding grants the `cluster-admin` ClusterRole.

use crate::checks::kubernetes::common::binding;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(b) = binding(ctx) else { return };
        let name = &b.role_ref.name;
        let (Some(kind), Some(n)) = (b.role_ref.kind.get(), name.get()) else {
            out.expect(&b.role_ref.kind, |_| false, "");
            out.expect(name, |_| false, "");
            return;
        };
        if kind != "ClusterRole" || n != "cluster-admin" || b.subjects.is_empty() {
            out.pass(&name.origin);
            return;
        }
        let scope = if b.cluster {
            "over the whole cluster".to_string()
        } else {
            match b.meta.namespace_str() {
                Some(ns) => format!("over everything in namespace `{ns}`"),
                None => "over everything in its namespace".to_string(),
            }
        };
        out.fail(
            &name.origin,
            format!(
                "The {} grants `cluster-admin`, full control {scope}, to {}",
                b.meta.kind,
                subjects(b)
            ),
        );
    }
}

/// `ServiceAccount ns/name, Group g`.
pub(crate) fn subjects(b: &parapet_model::k8s::RoleBinding) -> String {
    let names: Vec<String> = b
        .subjects
        .iter()
        .map(|s| {
            let kind = s.kind.get().map(String::as_str).unwrap_or("?");
            let name = s.name.get().map(String::as_str).unwrap_or("?");
            match s.namespace.get().and_then(|n| n.as_deref()) {
                Some(ns) if kind == "ServiceAccount" => format!("{kind} `{ns}/{name}`"),
                _ => format!("{kind} `{name}`"),
            }
        })
        .collect();
    names.join(", ")
}
