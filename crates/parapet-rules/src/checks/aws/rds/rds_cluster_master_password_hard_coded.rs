//! AWS-RDS-013: a DB cluster's master password is written in the configuration.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.master_password_in_code,
            |written| *written,
            "the master password is written in the configuration (a literal, a variable or parameter default, a tfvars value): it is in the repository, the plan and the state",
        );
    }
}
