//! AWS-EKS-001: the cluster's Kubernetes API endpoint is public to the whole internet.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EksCluster(c) = &ctx.resource.config else {
            return;
        };
        match c.endpoint_public_access.get() {
            None => {
                out.skip(
                    &c.endpoint_public_access.origin,
                    "whether the endpoint is public is not known",
                );
                return;
            }
            Some(false) => {
                out.pass(&c.endpoint_public_access.origin);
                return;
            }
            Some(true) => {}
        }
        out.expect(
            &c.public_access_cidrs,
            |l| l.iter().any(|x| matches!(x.trim(), "0.0.0.0/0" | "::/0")),
            "the Kubernetes API endpoint is public and open to 0.0.0.0/0: anyone on the internet can reach the API server",
        );
    }
}
