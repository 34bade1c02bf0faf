//! AWS-DYNAMODB-002: a table is encrypted with an AWS owned key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DynamoDbTable(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.sse_kms,
            |on| !on,
            "the table is encrypted with an AWS owned key: no key policy of the account governs who can read it, and key use is not logged in CloudTrail",
        );
    }
}
