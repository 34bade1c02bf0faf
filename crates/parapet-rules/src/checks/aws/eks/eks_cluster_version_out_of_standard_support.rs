//! AWS-EKS-005: an EKS cluster pins a Kubernetes version that is out of standard support.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::eks::{minor_version, OLDEST_STANDARD_SUPPORT, SUPPORT_TABLE_DATE};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EksCluster(x) = &ctx.resource.config else {
            return;
        };
        let (maj, min) = OLDEST_STANDARD_SUPPORT;
        let version = x.version.get().cloned().flatten().unwrap_or_default();
        out.expect(
            &x.version,
            |v| {
                v.as_deref()
                    .and_then(minor_version)
                    .is_some_and(|v| v < OLDEST_STANDARD_SUPPORT)
            },
            format!(
                "Kubernetes {version} is past the end of EKS standard support (the oldest version in standard support is {maj}.{min}, as of {SUPPORT_TABLE_DATE})"
            ),
        );
    }
}
