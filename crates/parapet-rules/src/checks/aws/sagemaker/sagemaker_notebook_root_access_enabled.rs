//! AWS-SAGEMAKER-002: a SageMaker notebook instance gives users root access.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SageMakerNotebookInstance(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.root_access,
            |a| a.eq_ignore_ascii_case("Enabled"),
            "notebook users can become root on the instance",
        );
    }
}
