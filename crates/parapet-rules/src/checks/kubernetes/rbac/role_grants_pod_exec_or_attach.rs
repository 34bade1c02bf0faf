//! KUBERNETES-RBAC-005: a role can exec or attach into pods (`pods/exec`, `pods/attach`), or add
//! ephemeral containers to them (`pods/ephemeralcontainers`).

use crate::checks::kubernetes::common::{check_resource_access, code_list, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        let kind = role_kind(role);
        // WebSocket clients open exec and attach sessions with GET.
        check_resource_access(
            ctx,
            out,
            "",
            &["pods/exec", "pods/attach"],
            &["create", "get"],
            |named, _| {
                Some(format!(
                    "The {kind} can run commands in or attach to running containers ({})",
                    code_list(named)
                ))
            },
        );
        // Adding an ephemeral (debug) container is as good as exec.
        check_resource_access(
            ctx,
            out,
            "",
            &["pods/ephemeralcontainers"],
            &["update", "patch"],
            |_, _| {
                Some(format!(
                    "The {kind} can add ephemeral debug containers to running pods (`pods/ephemeralcontainers`), with access to their processes, files and Secrets"
                ))
            },
        );
    }
}
