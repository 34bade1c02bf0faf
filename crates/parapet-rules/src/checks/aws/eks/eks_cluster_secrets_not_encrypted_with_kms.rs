//! AWS-EKS-002: Kubernetes secrets are not envelope-encrypted with a customer managed key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EksCluster(c) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &c.secrets_kms_key,
            |k| k.as_deref().is_none_or(|k| k.trim().is_empty()),
            "Kubernetes secrets are not envelope-encrypted with a customer managed KMS key",
        );
    }
}
