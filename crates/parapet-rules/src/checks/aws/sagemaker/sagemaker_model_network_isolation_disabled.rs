//! AWS-SAGEMAKER-005: a SageMaker model does not enable network isolation.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SageMakerModel(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.network_isolation,
            |on| !on,
            "network isolation is off: the model's containers can send data anywhere",
        );
    }
}
