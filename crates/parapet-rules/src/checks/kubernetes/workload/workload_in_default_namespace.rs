//! KUBERNETES-WORKLOAD-011: the workload is placed in the `default` namespace: explicitly, or,
//! for a Terraform workload, by the provider's default.

use crate::checks::kubernetes::common::{from_manifest, workload};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        let ns = &w.meta.namespace;
        let kind = w.kind.as_str();
        if ns.is_explicit() {
            out.expect(
                ns,
                |n| n.as_deref() == Some("default"),
                format!("The {kind} is placed in the `default` namespace"),
            );
            return;
        }
        // A manifest without a namespace is deployed wherever `kubectl -n`, Helm or Kustomize
        // put it: only an explicit `namespace: default` is reported. The Terraform provider
        // puts a workload without `metadata.namespace` into `default` itself.
        if from_manifest(ctx.resource) {
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
            format!("The {kind} sets no `namespace`, so the provider places it in the `default` namespace"),
        );
    }
}
