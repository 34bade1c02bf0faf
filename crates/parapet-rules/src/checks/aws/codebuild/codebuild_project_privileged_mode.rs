//! AWS-CODEBUILD-001: a CodeBuild project runs builds in privileged mode.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.privileged_mode,
            |on| *on,
            "builds run in privileged mode: build commands get root access to the build host's devices and Docker daemon, so a malicious dependency or pull request can escape the build container",
        );
    }
}
