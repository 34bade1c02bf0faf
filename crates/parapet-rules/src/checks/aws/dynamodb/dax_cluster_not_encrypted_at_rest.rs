//! AWS-DYNAMODB-004: a DAX cluster does not encrypt its data at rest.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DaxCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.encrypted_at_rest,
            |on| !on,
            "encryption at rest is off: cached items, logs and node storage of the cluster are unencrypted, and it can only be turned on by replacing the cluster",
        );
    }
}
