//! KUBERNETES-RBAC-009: a binding names the `system:authenticated` group as a subject.

use crate::checks::kubernetes::common::report_binding_subjects;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

/// Roles Kubernetes itself binds to every authenticated user.
const DEFAULTS: &[&str] = &[
    "system:basic-user",
    "system:discovery",
    "system:public-info-viewer",
];

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        report_binding_subjects(
            ctx,
            out,
            DEFAULTS,
            |kind, name| kind == "Group" && name == "system:authenticated",
            "every user and service account with any valid credential",
        );
    }
}
