//! AWS-ATHENA-002: an Athena workgroup lets queries override its settings.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::AthenaWorkgroup(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.enforce_configuration,
            |on| !on,
            "the workgroup does not enforce its configuration: each query can choose its own result location and turn off the workgroup's result encryption",
        );
    }
}
