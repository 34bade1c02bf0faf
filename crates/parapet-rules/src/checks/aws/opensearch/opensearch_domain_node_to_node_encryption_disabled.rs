//! AWS-OPENSEARCH-002: a domain's nodes talk to each other without TLS.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::OpenSearchDomain(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.node_to_node_encryption,
            |on| !on,
            "node-to-node encryption is off: documents and queries cross the network between nodes unencrypted",
        );
    }
}
