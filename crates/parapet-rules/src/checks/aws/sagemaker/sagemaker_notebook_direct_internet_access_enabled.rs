//! AWS-SAGEMAKER-001: a SageMaker notebook instance has direct internet access.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SageMakerNotebookInstance(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.direct_internet_access,
            |a| a.eq_ignore_ascii_case("Enabled"),
            "the notebook has direct internet access: data can leave outside the VPC's egress controls",
        );
    }
}
