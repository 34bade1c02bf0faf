//! KUBERNETES-RBAC-011: a role can create service account tokens
//! (`create` on `serviceaccounts/token`).

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
            "",
            &["serviceaccounts/token"],
            &["create"],
            |_, l| {
                let which = if l.names.is_empty() {
                    "any ServiceAccount"
                } else {
                    "the named ServiceAccounts"
                };
                Some(format!(
                    "The {kind} can mint API tokens for {which} (`create` on `serviceaccounts/token`), and so act with their permissions"
                ))
            },
        );
    }
}
