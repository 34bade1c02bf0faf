//! KUBERNETES-WORKLOAD-006: a container image is referenced by the `latest` tag or by no tag
//! (and no digest).

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
                Some(Some(img)) => match img.tag.as_deref() {
                    None => Verdict::Fail(
                        v.origin.clone(),
                        format!("Image `{}` has no tag, so it means `latest`", img.reference),
                    ),
                    Some("latest") => Verdict::Fail(
                        v.origin.clone(),
                        format!("Image `{}` uses the `latest` tag", img.reference),
                    ),
                    Some(_) => Verdict::Pass(v.origin.clone()),
                },
            }
        });
    }
}
