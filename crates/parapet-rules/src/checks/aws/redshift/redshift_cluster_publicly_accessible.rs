//! AWS-REDSHIFT-002: a cluster has a public endpoint.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RedshiftCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.publicly_accessible,
            |on| *on,
            "the cluster is publicly accessible: its endpoint resolves to a public IP address reachable from the internet",
        );
    }
}
