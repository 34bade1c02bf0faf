//! AWS-EMR-001: an EMR cluster has no security configuration.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EmrCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.security_configuration,
            |c| c.is_none(),
            "no security configuration: local disks, EMRFS data and traffic between nodes are not encrypted",
        );
    }
}
