//! AWS-OPENSEARCH-005: an OpenSearch or Elasticsearch domain has fine-grained access control off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::OpenSearchDomain(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.fine_grained_access_control,
            |on| !on,
            "fine-grained access control is off: anyone the domain policy lets in can read and change every index",
        );
    }
}
