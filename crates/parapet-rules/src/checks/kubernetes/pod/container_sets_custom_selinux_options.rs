//! KUBERNETES-POD-010: a container's SELinux options set a user, a role, or a type other than
//! the container types.

use crate::checks::kubernetes::common::{
    per_container, pod_value_overridden, unknown, workload, Verdict,
};
use crate::{Check, Ctx, Outcomes};
use parapet_model::k8s::SeLinuxOptions;

pub struct Rule;

/// The SELinux types the Baseline profile allows.
const ALLOWED_TYPES: &[&str] = &[
    "container_t",
    "container_init_t",
    "container_kvm_t",
    "container_engine_t",
];

/// What the options set that the Baseline profile does not allow.
fn problems(o: &SeLinuxOptions) -> Vec<String> {
    let set = |s: &Option<String>| s.as_deref().filter(|s| !s.is_empty()).map(str::to_string);
    let mut bad = Vec::new();
    if let Some(t) = set(&o.selinux_type) {
        if !ALLOWED_TYPES.contains(&t.as_str()) {
            bad.push(format!("type `{t}`"));
        }
    }
    if let Some(u) = set(&o.user) {
        bad.push(format!("user `{u}`"));
    }
    if let Some(r) = set(&o.role) {
        bad.push(format!("role `{r}`"));
    }
    bad
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.security_context.se_linux_options;
            let Some(opts) = v.get() else {
                return unknown(v);
            };
            let bad = opts.as_ref().map(problems).unwrap_or_default();
            if bad.is_empty() {
                Verdict::Pass(v.origin.clone())
            } else {
                Verdict::Fail(
                    v.origin.clone(),
                    format!("Sets the SELinux {}", bad.join(", ")),
                )
            }
        });
        let pod = &w.pod.security_context.se_linux_options;
        if let Some(Some(o)) = pod.get() {
            let bad = problems(o);
            pod_value_overridden(
                w,
                out,
                pod,
                |c| &c.security_context.se_linux_options,
                |_| !bad.is_empty(),
                &format!("Sets the SELinux {}", bad.join(", ")),
            );
        }
    }
}
