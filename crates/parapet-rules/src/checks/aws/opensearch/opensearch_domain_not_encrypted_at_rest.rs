//! AWS-OPENSEARCH-001: a domain stores data unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::OpenSearchDomain(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.encrypt_at_rest,
            |on| !on,
            "encryption at rest is off: indices, logs, swap files and automated snapshots are stored unencrypted",
        );
    }
}
