//! KUBERNETES-POD-003: the pod shares the node's PID namespace (`hostPID: true`).

use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        out.expect(
            &w.pod.host_pid,
            |on| *on,
            "The pod shares the node's process namespace (it sees and can signal every process on the node): `hostPID: true`",
        );
    }
}
