//! AWS-REDSHIFT-007: a Redshift cluster's parameter group does not require TLS.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RedshiftCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.require_ssl,
            |on| !on,
            "the cluster's parameter group does not set require_ssl: clients may connect without TLS",
        );
    }
}
