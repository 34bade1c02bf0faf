//! AWS-DYNAMODB-001: a table has no point-in-time recovery.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DynamoDbTable(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.point_in_time_recovery,
            |on| !on,
            "point-in-time recovery is off: deleted or overwritten items cannot be restored to an earlier second",
        );
    }
}
