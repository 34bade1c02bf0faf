//! AWS-CONFIG-001: a configuration recorder records only some resource types.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ConfigRecorder(r) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &r.all_supported,
            |all| !all,
            "the recorder does not record every supported resource type: changes to the others leave no configuration history",
        );
    }
}
