//! AWS-REDSHIFT-004: a cluster's COPY and UNLOAD traffic bypasses the VPC.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RedshiftCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.enhanced_vpc_routing,
            |on| !on,
            "enhanced VPC routing is off: COPY and UNLOAD traffic goes over the internet path, outside security groups, endpoint policies and flow logs",
        );
    }
}
