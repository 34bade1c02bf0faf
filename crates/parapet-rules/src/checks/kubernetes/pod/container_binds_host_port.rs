//! KUBERNETES-POD-006: a container binds a port of the node (`hostPort`).

use crate::checks::kubernetes::common::container_label;
use crate::checks::kubernetes::common::workload;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some(w) = workload(ctx) else { return };
        for c in &w.pod.containers {
            for p in &c.ports {
                let label = container_label(c);
                out.expect(
                    &p.host_port,
                    |hp| matches!(hp, Some(n) if *n != 0),
                    match p.host_port.get() {
                        Some(Some(n)) => {
                            format!("Binds port {n} of the node (`hostPort`) ({label})")
                        }
                        _ => String::new(),
                    },
                );
            }
        }
    }
}
