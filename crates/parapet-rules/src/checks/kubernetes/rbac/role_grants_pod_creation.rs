//! KUBERNETES-RBAC-012: a role can create pods.

use crate::checks::kubernetes::common::{check_resource_access, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        let kind = role_kind(role);
        check_resource_access(ctx, out, "", &["pods"], &["create"], |_, _| {
            Some(format!(
                "The {kind} can create pods, and through them run as any ServiceAccount and mount any Secret of the namespace"
            ))
        });
    }
}
