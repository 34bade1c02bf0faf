//! AWS-OPENSEARCH-007: an OpenSearch or Elasticsearch domain does not publish audit logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::OpenSearchDomain(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.audit_logs,
            |on| !on,
            "audit logs are not published: sign-ins, denied requests and data access leave no trail",
        );
    }
}
