//! AWS-CODEBUILD-005: a CodeBuild project encrypts its output with the AWS managed key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.encryption_key,
            |k| k.as_deref().is_none_or(|k| k.trim().is_empty() || k.trim_end().ends_with("alias/aws/s3")),
            "no customer managed key is set: build output is encrypted with the AWS managed key `aws/s3`, whose key policy cannot restrict who decrypts it",
        );
    }
}
