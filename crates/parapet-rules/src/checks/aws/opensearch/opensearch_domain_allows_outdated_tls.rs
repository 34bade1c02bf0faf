//! AWS-OPENSEARCH-004: an OpenSearch or Elasticsearch domain uses a TLS policy that accepts TLS 1.0.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::OpenSearchDomain(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.tls_security_policy,
            |p| p.as_deref().is_some_and(|p| p.contains("TLS-1-0")),
            "the endpoint's TLS policy accepts TLS 1.0 and 1.1, which are deprecated",
        );
    }
}
