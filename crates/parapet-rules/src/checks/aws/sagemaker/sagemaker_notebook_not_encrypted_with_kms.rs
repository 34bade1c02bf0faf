//! AWS-SAGEMAKER-003: a SageMaker notebook instance names no KMS key for its storage.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SageMakerNotebookInstance(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.kms_key_id,
            |k| k.is_none(),
            "the notebook's storage volume is not encrypted with a customer managed KMS key",
        );
    }
}
