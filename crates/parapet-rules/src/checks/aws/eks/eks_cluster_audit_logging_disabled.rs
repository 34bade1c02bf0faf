//! AWS-EKS-003: the cluster does not send its Kubernetes audit log to CloudWatch Logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EksCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.enabled_log_types,
            |l| !l.iter().any(|t| t == "audit"),
            "the control plane's audit log is not enabled: who did what through the Kubernetes API is not recorded",
        );
    }
}
