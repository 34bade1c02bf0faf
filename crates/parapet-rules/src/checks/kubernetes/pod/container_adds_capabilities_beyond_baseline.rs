//! KUBERNETES-POD-007: a container adds Linux capabilities outside the Baseline set.

use crate::checks::kubernetes::common::{report_added_capabilities, BASELINE_CAPABILITIES};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        report_added_capabilities(
            ctx,
            out,
            |a| !BASELINE_CAPABILITIES.contains(&a),
            ", outside the Baseline set",
        );
    }
}
