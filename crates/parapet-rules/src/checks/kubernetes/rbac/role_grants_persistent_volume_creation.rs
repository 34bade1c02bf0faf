//! KUBERNETES-RBAC-013: a role can create PersistentVolumes.

use crate::checks::kubernetes::common::{check_resource_access, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        let kind = role_kind(role);
        check_resource_access(ctx, out, "", &["persistentvolumes"], &["create"], |_, _| {
            Some(format!(
                    "The {kind} can create PersistentVolumes, which can point at any path of a node (`hostPath`)"
                ))
        });
    }
}
