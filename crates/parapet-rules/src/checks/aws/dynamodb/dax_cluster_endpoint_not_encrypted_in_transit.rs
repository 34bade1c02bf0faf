//! AWS-DYNAMODB-005: a DAX cluster endpoint accepts unencrypted connections.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DaxCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.endpoint_encryption,
            |t| !t.eq_ignore_ascii_case("TLS"),
            "the cluster endpoint does not use TLS: items read from and written to DynamoDB through the cache cross the network in clear text",
        );
    }
}
