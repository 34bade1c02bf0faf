//! AWS-RDS-009: a DB cluster can be deleted without turning off deletion protection first.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbCluster(c) = &ctx.resource.config else {
            return;
        };
        let how = if c.deletion_protection.is_defaulted() {
            "deletion protection is not turned on (it is off by default)"
        } else {
            "deletion protection is turned off"
        };
        out.expect(
            &c.deletion_protection,
            |on| !on,
            format!("{how}: one API call or one mistaken change can delete the cluster"),
        );
    }
}
