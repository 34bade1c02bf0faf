//! KUBERNETES-RBAC-015: a role can change admission webhook configurations.

use crate::checks::kubernetes::common::{check_resource_access, code_list, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        let kind = role_kind(role);
        check_resource_access(
            ctx,
            out,
            "admissionregistration.k8s.io",
            &[
                "validatingwebhookconfigurations",
                "mutatingwebhookconfigurations",
            ],
            &["create", "update", "patch", "delete", "deletecollection"],
            |named, l| {
                // Updating only named configurations (the controller's own) is the narrow
                // pattern; `create` cannot be limited by name.
                if !l.names.is_empty() && !l.grants_verb(&["create", "deletecollection"]) {
                    return None;
                }
                Some(format!(
                    "The {kind} can change {}: it can disable admission policies or route every API object to a webhook it controls",
                    code_list(named)
                ))
            },
        );
    }
}
