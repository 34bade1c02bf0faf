//! AWS-NEPTUNE-002: a Neptune cluster has IAM database authentication off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::NeptuneCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.iam_database_authentication,
            |on| !on,
            "IAM authentication is off: any client that reaches the endpoint can read and change the graph without an identity",
        );
    }
}
