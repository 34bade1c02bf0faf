//! AWS-OPENSEARCH-003: an OpenSearch or Elasticsearch domain does not require HTTPS.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::OpenSearchDomain(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.enforce_https,
            |on| !on,
            "the domain accepts plain HTTP: requests, documents and credentials can cross the network unencrypted",
        );
    }
}
