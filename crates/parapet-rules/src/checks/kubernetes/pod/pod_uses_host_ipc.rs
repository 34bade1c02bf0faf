//! KUBERNETES-POD-004: the pod shares the node's IPC namespace (`hostIPC: true`).

use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        out.expect(
            &w.pod.host_ipc,
            |on| *on,
            "The pod shares the node's IPC namespace (shared memory and semaphores of every process on the node): `hostIPC: true`",
        );
    }
}
