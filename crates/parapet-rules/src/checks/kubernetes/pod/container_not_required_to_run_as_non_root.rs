//! KUBERNETES-POD-016: nothing keeps a container from running as root: `runAsNonRoot` is not
//! true (for the container or its pod) and no non-zero `runAsUser` is set.
//! An explicit `runAsUser: 0` is reported by KUBERNETES-POD-017 instead.

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let sc = &c.security_context;
            let nr = &sc.run_as_non_root;
            let Some(non_root) = nr.get() else {
                return unknown(nr);
            };
            if *non_root == Some(true) {
                return Verdict::Pass(nr.origin.clone());
            }
            let uid = &sc.run_as_user;
            match uid.get() {
                None => unknown(uid),
                Some(Some(0)) => Verdict::None,
                Some(Some(_)) => Verdict::Pass(uid.origin.clone()),
                Some(None) => Verdict::Fail(
                    nr.origin.clone(),
                    if *non_root == Some(false) {
                        "Sets `runAsNonRoot: false` and no non-root `runAsUser`: the image decides whether it runs as root".to_string()
                    } else {
                        "Sets neither `runAsNonRoot: true` nor a non-root `runAsUser`: the image decides whether it runs as root".to_string()
                    },
                ),
            }
        });
    }
}
