//! AWS-REDSHIFT-003: a cluster writes no audit logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RedshiftCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.audit_logging,
            |on| !on,
            "audit logging is off: connections, user changes and queries are not recorded",
        );
    }
}
