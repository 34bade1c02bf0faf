//! AWS-SAGEMAKER-004: a SageMaker endpoint configuration names no KMS key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SageMakerEndpointConfig(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.kms_key_id,
            |k| k.is_none(),
            "the endpoint's storage volumes are not encrypted with a customer managed KMS key",
        );
    }
}
