//! KUBERNETES-WORKLOAD-011: the workload is placed in the `default` namespace explicitly.

use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        let ns = &w.meta.namespace;
        // A manifest without a namespace is deployed wherever `kubectl -n`, Helm or Kustomize
        // put it: only an explicit `namespace: default` is reported.
        if !ns.is_explicit() {
            if ns.is_known() {
                out.pass(&ns.origin);
            } else {
                out.expect(ns, |_| false, "");
            }
            return;
        }
        out.expect(
            ns,
            |n| n.as_deref() == Some("default"),
            format!(
                "The {} is placed in the `default` namespace",
                w.kind.as_str()
            ),
        );
    }
}
