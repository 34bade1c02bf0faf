//! AWS-OPENSEARCH-006: a domain with a public endpoint has an access policy open to anyone.

use crate::checks::aws::resource_policy::check_open_to_anyone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::OpenSearchDomain(x) = &ctx.resource.config else {
            return;
        };
        match x.in_vpc.get() {
            Some(false) => {}
            Some(true) => return,
            None => {
                out.skip(
                    &x.in_vpc.origin,
                    "whether the domain is in a VPC is not known",
                );
                return;
            }
        }
        check_open_to_anyone(&x.access_policy, "domain access policy", out);
    }
}
