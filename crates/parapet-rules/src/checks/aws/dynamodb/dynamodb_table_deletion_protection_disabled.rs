//! AWS-DYNAMODB-003: a table can be deleted without turning off deletion protection first.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DynamoDbTable(t) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &t.deletion_protection,
            |on| !on,
            "deletion protection is off: one API call or one mistaken change can delete the table",
        );
    }
}
