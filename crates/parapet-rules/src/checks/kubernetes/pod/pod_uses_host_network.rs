//! KUBERNETES-POD-002: the pod shares the node's network namespace (`hostNetwork: true`).

use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        out.expect(
            &w.pod.host_network,
            |on| *on,
            "The pod shares the node's network namespace (its interfaces, localhost services and traffic): `hostNetwork: true`",
        );
    }
}
