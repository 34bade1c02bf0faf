//! AWS-MSK-001: a cluster accepts or sends plaintext traffic.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MskCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.client_broker,
            |m| !m.trim().eq_ignore_ascii_case("TLS"),
            format!(
                "client-broker encryption is `{}`: clients can produce and consume over plaintext",
                c.client_broker.get().cloned().unwrap_or_default()
            ),
        );
        out.expect(
            &c.in_cluster,
            |on| !on,
            "TLS between brokers is off: replication traffic inside the cluster is plaintext",
        );
    }
}
