//! KUBERNETES-RBAC-008: a binding names `system:anonymous` or `system:unauthenticated` as a
//! subject.

use crate::checks::kubernetes::common::report_binding_subjects;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

/// Roles Kubernetes itself binds to unauthenticated users.
const DEFAULTS: &[&str] = &["system:public-info-viewer"];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        report_binding_subjects(
            ctx,
            out,
            DEFAULTS,
            |kind, name| {
                (kind == "User" && name == "system:anonymous")
                    || (kind == "Group"
                        && (name == "system:unauthenticated" || name == "system:anonymous"))
            },
            "anyone who can reach the API server, without credentials",
        );
    }
}
