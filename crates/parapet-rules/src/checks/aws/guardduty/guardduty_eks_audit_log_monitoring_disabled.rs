//! AWS-GUARDDUTY-003: EKS audit log monitoring is turned off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GuardDutyDetector(d) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &d.eks_audit_logs,
            |on| *on == Some(false),
            "EKS audit log monitoring is turned off: GuardDuty does not analyse Kubernetes audit logs of the account's EKS clusters",
        );
    }
}
