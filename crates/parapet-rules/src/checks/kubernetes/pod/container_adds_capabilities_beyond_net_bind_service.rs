//! KUBERNETES-POD-020: a container adds a capability of the Baseline set other than
//! `NET_BIND_SERVICE`. Capabilities outside the Baseline set are reported by
//! KUBERNETES-POD-007 instead.

use crate::checks::kubernetes::common::{report_added_capabilities, BASELINE_CAPABILITIES};
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        report_added_capabilities(
            ctx,
            out,
            |a| a != "NET_BIND_SERVICE" && BASELINE_CAPABILITIES.contains(&a),
            "; the Restricted profile allows only `NET_BIND_SERVICE`",
        );
    }
}
