//! KUBERNETES-WORKLOAD-008: a container image is not pinned by digest.

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let v = &c.image;
            match v.get() {
                None => unknown(v),
                Some(None) => Verdict::None,
                Some(Some(img)) if img.digest.is_some() => Verdict::Pass(v.origin.clone()),
                Some(Some(img)) => Verdict::Fail(
                    v.origin.clone(),
                    format!(
                        "Image `{}` is not pinned by digest (`@sha256:...`): its tag can be moved to other content",
                        img.reference
                    ),
                ),
            }
        });
    }
}
