//! AWS-CODEBUILD-008: a CodeBuild project ignores TLS errors when fetching its source.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        if x.source_insecure_ssl.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for v in &x.source_insecure_ssl {
            out.expect(
                v,
                |on| *on,
                "TLS errors are ignored when the build fetches its source: anyone able to intercept the connection can serve the build different code, and capture the credentials it sends",
            );
        }
    }
}
