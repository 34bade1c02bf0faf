//! KUBERNETES-WORKLOAD-007: a container runs a `latest` (or untagged) image with an
//! `imagePullPolicy` other than `Always`.

use crate::checks::kubernetes::common::{per_container, unknown, workload, Verdict};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        per_container(w, out, |c| {
            let img = &c.image;
            let Some(image) = img.get() else {
                return unknown(img);
            };
            let Some(image) = image else {
                return Verdict::None;
            };
            if image.digest.is_some() || !image.is_latest() {
                return Verdict::None;
            }
            let p = &c.image_pull_policy;
            match p.get().map(String::as_str) {
                None => unknown(p),
                Some("Always") => Verdict::Pass(p.origin.clone()),
                Some(policy) => Verdict::Fail(
                    p.origin.clone(),
                    format!(
                        "Pulls the mutable image `{}` with `imagePullPolicy: {policy}`: nodes run whatever version they cached",
                        image.reference
                    ),
                ),
            }
        });
    }
}
