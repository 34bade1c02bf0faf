//! AWS-RDS-004: a DB instance can be deleted without turning off deletion protection first.

use super::common::standalone;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbInstance(i) = &ctx.resource.config else {
            return;
        };
        if !standalone(i, &ctx.resource.origin, out) {
            return;
        }
        let how = if i.deletion_protection.is_defaulted() {
            "deletion protection is not turned on (it is off by default)"
        } else {
            "deletion protection is turned off"
        };
        out.expect(
            &i.deletion_protection,
            |on| !on,
            format!("{how}: one API call or one mistaken change can delete the database"),
        );
    }
}
