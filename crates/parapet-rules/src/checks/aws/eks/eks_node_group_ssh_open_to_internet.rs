//! AWS-EKS-004: an EKS node group allows SSH from anywhere.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EksNodeGroup(x) = &ctx.resource.config else {
            return;
        };
        match x.ssh_key.get() {
            None => out.skip(&x.ssh_key.origin, "whether an SSH key is configured is not known"),
            Some(None) => out.pass(&x.ssh_key.origin),
            Some(Some(_)) => out.expect(
                &x.ssh_source_security_groups,
                |g| g.is_empty(),
                "SSH is allowed from 0.0.0.0/0: with a key and no source security groups, EKS opens port 22 to the internet",
            ),
        }
    }
}
