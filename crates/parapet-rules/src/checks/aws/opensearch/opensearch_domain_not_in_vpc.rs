//! AWS-OPENSEARCH-008: an OpenSearch or Elasticsearch domain is not placed in a VPC.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::OpenSearchDomain(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.in_vpc,
            |v| !v,
            "the domain has a public endpoint: only its access policy stands between it and the internet",
        );
    }
}
