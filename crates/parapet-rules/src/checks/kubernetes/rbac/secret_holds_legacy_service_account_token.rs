//! KUBERNETES-RBAC-017: a Secret of type `kubernetes.io/service-account-token` (a long-lived,
//! non-expiring service account token).

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::K8sSecret(s) = &ctx.resource.config else {
            return;
        };
        let account = s
            .meta
            .annotation("kubernetes.io/service-account.name")
            .and_then(|v| v.get())
            .map(|n| format!(" for ServiceAccount `{n}`"))
            .unwrap_or_default();
        out.expect(
            &s.secret_type,
            |t| t == "kubernetes.io/service-account-token",
            format!("The Secret requests a long-lived API token{account} that never expires"),
        );
    }
}
