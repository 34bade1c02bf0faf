//! AWS-EKS-005: an EKS cluster pins a Kubernetes version that is out of standard support.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::eks::{minor_version, standard_support_end, STANDARD_SUPPORT_ENDS};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EksCluster(x) = &ctx.resource.config else {
            return;
        };
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
                // Against the date of the scan (`--today`).
                Some(parsed) => match standard_support_end(parsed) {
                    Some(None) => out.fail(
                        &x.version.origin,
                        format!(
                            "Kubernetes {v} is long past the end of EKS standard support (the oldest version EKS still listed, {}.{}, left it on {})",
                            STANDARD_SUPPORT_ENDS[0].0 .0,
                            STANDARD_SUPPORT_ENDS[0].0 .1,
                            STANDARD_SUPPORT_ENDS[0].1
                        ),
                    ),
                    Some(Some(end)) if end <= ctx.today => out.fail(
                        &x.version.origin,
                        format!("Kubernetes {v} left EKS standard support on {end}"),
                    ),
                    _ => out.pass(&x.version.origin),
                },
            },
        }
    }
}
