//! AWS-CODEBUILD-003: a CodeBuild project stores build artifacts in S3 unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        if x.artifacts.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for a in &x.artifacts {
            match (a.artifact_type.get(), a.encryption_disabled.get()) {
                (_, Some(false)) => out.pass(&a.encryption_disabled.origin),
                (Some(t), _) if !t.eq_ignore_ascii_case("S3") => out.pass(&a.origin),
                (None, _) => out.skip(&a.artifact_type.origin, "the artifact's type is not known"),
                _ => out.expect(
                    &a.encryption_disabled,
                    |off| *off,
                    "encryption is disabled for the S3 build artifacts: the build output is stored without CodeBuild's KMS encryption",
                ),
            }
        }
    }
}
