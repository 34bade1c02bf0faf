//! AWS-ATHENA-001: an Athena workgroup does not encrypt query results.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::AthenaWorkgroup(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.result_encryption,
            |e| e.is_none(),
            "the workgroup sets no encryption for query results: each query's results are written to S3 with whatever the client or the bucket decides, and may hold sensitive data",
        );
    }
}
