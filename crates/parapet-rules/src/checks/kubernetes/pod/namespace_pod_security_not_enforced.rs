//! KUBERNETES-POD-021: a Namespace does not enforce a Pod Security Standard
//! (`pod-security.kubernetes.io/enforce` missing or `privileged`).

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

/// Namespaces of the control plane, which run privileged components by design.
const SYSTEM: &[&str] = &["kube-system", "kube-public", "kube-node-lease"];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sNamespace(n) = &ctx.resource.config else {
            return;
        };
        let Some(name) = n.meta.name_str() else {
            return out.expect(&n.meta.name, |_| false, "");
        };
        if SYSTEM.contains(&name) {
            return;
        }
        let v = &n.pod_security.enforce;
        match v.get() {
            None => out.expect(v, |_| false, ""),
            Some(None) => out.fail(
                &v.origin,
                format!("Namespace `{name}` has no `pod-security.kubernetes.io/enforce` label: Pod Security admission lets any pod in"),
            ),
            Some(Some(level)) if level == "privileged" => out.fail(
                &v.origin,
                format!("Namespace `{name}` enforces the `privileged` Pod Security level, which allows any pod"),
            ),
            Some(Some(_)) => out.pass(&v.origin),
        }
    }
}
