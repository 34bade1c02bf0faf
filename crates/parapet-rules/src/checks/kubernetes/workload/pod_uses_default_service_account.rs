//! KUBERNETES-WORKLOAD-010: the pods run as the namespace's `default` ServiceAccount with its
//! API token mounted.

use crate::checks::kubernetes::common::{token_mount, workload, TokenMount};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        let sa = &w.pod.service_account_name;
        let Some(name) = sa.get() else {
            out.expect(sa, |_| false, "");
            return;
        };
        if name != "default" {
            out.pass(&sa.origin);
            return;
        }
        let how = if sa.is_defaulted() {
            "sets no `serviceAccountName`, so it runs as"
        } else {
            "runs as"
        };
        match token_mount(ctx, w) {
            TokenMount::Unknown(r) => out.skip(&sa.origin, format!("value is unknown: {r}")),
            TokenMount::Disabled => out.pass(&sa.origin),
            TokenMount::Requested | TokenMount::ByDefault { .. } => out.fail(
                &sa.origin,
                format!("The pod {how} the namespace's `default` ServiceAccount, with its API token mounted"),
            ),
        }
    }
}
