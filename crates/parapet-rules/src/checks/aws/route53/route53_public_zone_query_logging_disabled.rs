//! AWS-ROUTE53-001: a public hosted zone does not log DNS queries.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Route53HostedZone(z) = &ctx.resource.config else {
            return;
        };
        match z.private.get() {
            None => out.skip(&z.private.origin, "whether the zone is private is not known"),
            // Private zones log through Route 53 Resolver query logging instead.
            Some(true) => out.pass(&z.private.origin),
            Some(false) => out.expect(
                &z.query_logging,
                |on| !on,
                "query logging is not configured for this public zone: the DNS queries it answers are not recorded, which hides reconnaissance and subdomain abuse",
            ),
        }
    }
}
