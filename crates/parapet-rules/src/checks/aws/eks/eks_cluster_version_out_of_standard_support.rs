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
        match x.version.get() {
            None => out.skip(
                &x.version.origin,
                format!(
                    "value is unknown: {}",
                    x.version.unknown_reason().unwrap_or("unresolved")
                ),
            ),
            Some(None) => out.pass(&x.version.origin),
            Some(Some(v)) => match minor_version(v) {
                None => out.skip(
                    &x.version.origin,
                    format!("`{v}` is not a Kubernetes minor version this rule can read"),
                ),
                Some(parsed) if parsed < OLDEST_STANDARD_SUPPORT => out.fail(
                    &x.version.origin,
                    format!(
                        "Kubernetes {v} is past the end of EKS standard support (the oldest version in standard support is {maj}.{min}, as of {SUPPORT_TABLE_DATE})"
                    ),
                ),
                Some(_) => out.pass(&x.version.origin),
            },
        }
    }
}
