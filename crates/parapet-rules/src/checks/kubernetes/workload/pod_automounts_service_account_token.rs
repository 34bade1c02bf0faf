//! KUBERNETES-WORKLOAD-009: the pods mount an API token of a ServiceAccount that nothing in the
//! scan grants permissions to. Pods of the `default` ServiceAccount are reported by
//! KUBERNETES-WORKLOAD-010 instead. Terraform workloads are not evaluated: the scan does not
//! model the provider's RBAC resources (see `from_manifest`).

use crate::checks::kubernetes::common::{
    from_manifest, service_account_is_bound, token_mount, workload, TokenMount,
};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        if !from_manifest(ctx.resource) {
            return;
        }
        let at = &w.pod.automount_service_account_token.origin;
        let sa = &w.pod.service_account_name;
        let Some(sa_name) = sa.get() else {
            out.expect(sa, |_| false, "");
            return;
        };
        if sa_name == "default" {
            return;
        }
        match token_mount(ctx, w) {
            TokenMount::Unknown(r) => out.skip(at, format!("value is unknown: {r}")),
            TokenMount::Disabled | TokenMount::Requested => out.pass(at),
            TokenMount::ByDefault { sa_known: false } => out.skip(
                at,
                format!("ServiceAccount `{sa_name}` is not in the scan; its automount setting is unknown"),
            ),
            TokenMount::ByDefault { sa_known: true } => {
                let Some(ns) = w.meta.namespace_str() else {
                    out.skip(at, "the namespace is unknown");
                    return;
                };
                if service_account_is_bound(ctx.model, ns, sa_name) {
                    out.pass(at);
                } else {
                    out.fail(
                        at,
                        format!(
                            "Mounts the API token of ServiceAccount `{sa_name}` (`automountServiceAccountToken` is set on neither the pod nor the account), though no binding in the scan grants the account any permission"
                        ),
                    );
                }
            }
        }
    }
}
