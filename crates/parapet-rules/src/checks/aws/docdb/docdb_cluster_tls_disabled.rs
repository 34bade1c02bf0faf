//! AWS-DOCDB-005: a DocumentDB cluster's parameter group turns TLS off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DocDbCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.tls_enabled,
            |on| !on,
            "the cluster parameter group turns TLS off: credentials and documents cross the network in clear text",
        );
    }
}
