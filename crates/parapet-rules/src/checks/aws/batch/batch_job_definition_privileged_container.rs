//! AWS-BATCH-001: a Batch job definition runs its container privileged.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::BatchJobDefinition(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.privileged,
            |on| *on,
            "the job's container runs privileged: it can take over the host instance",
        );
    }
}
