//! AWS-CODEBUILD-004: a CodeBuild project writes build logs to S3 unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        match x.s3_logs.get() {
            None => out.skip(&x.s3_logs.origin, "whether logs go to S3 is not known"),
            Some(false) => out.pass(&x.s3_logs.origin),
            Some(true) => out.expect(
                &x.s3_logs_encryption_disabled,
                |off| *off,
                "encryption is disabled for the S3 build logs: build output, which often echoes configuration and credentials, is stored unencrypted",
            ),
        }
    }
}
