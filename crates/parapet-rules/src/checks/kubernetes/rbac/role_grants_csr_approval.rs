//! KUBERNETES-RBAC-014: a role can approve certificate signing requests
//! (`update` or `patch` on `certificatesigningrequests/approval`).

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
            "certificates.k8s.io",
            &["certificatesigningrequests/approval"],
            &["update", "patch"],
            |_, _| {
                Some(format!(
                    "The {kind} can approve certificate signing requests, and so issue client certificates for any user or group the signers allow"
                ))
            },
        );
    }
}
