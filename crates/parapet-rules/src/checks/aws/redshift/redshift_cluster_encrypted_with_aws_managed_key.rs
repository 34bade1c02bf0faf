//! AWS-REDSHIFT-006: a Redshift cluster is encrypted with the AWS managed key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RedshiftCluster(x) = &ctx.resource.config else {
            return;
        };
        if x.encrypted.get() != Some(&true) {
            if !x.encrypted.is_known() {
                out.skip(
                    &x.encrypted.origin,
                    "whether the cluster is encrypted is not known",
                );
            }
            return;
        }
        out.expect(
            &x.kms_key_id,
            |k| k.is_none(),
            "the cluster is encrypted with the AWS managed key aws/redshift, whose policy cannot be restricted",
        );
    }
}
