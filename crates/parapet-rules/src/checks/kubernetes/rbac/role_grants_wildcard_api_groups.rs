//! KUBERNETES-RBAC-003: a role rule applies to every API group (`apiGroups: ["*"]`) for named
//! resources. Rules that also name every resource are reported by KUBERNETES-RBAC-002.

use crate::checks::kubernetes::common::{code_list, lists, role, role_kind};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(role) = role(ctx) else { return };
        for r in &role.rules {
            let Some(l) = lists(r, out) else { continue };
            if !l.groups.iter().any(|g| g == "*") || l.resources.iter().any(|x| x == "*") {
                out.pass(&r.api_groups.origin);
                continue;
            }
            out.fail(
                &r.api_groups.origin,
                format!(
                    "The {} grants access to {} in every API group (`*`), including those of CRDs installed later",
                    role_kind(role),
                    code_list(l.resources)
                ),
            );
        }
    }
}
