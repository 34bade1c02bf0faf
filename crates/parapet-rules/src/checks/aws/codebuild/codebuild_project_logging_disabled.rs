//! AWS-CODEBUILD-007: a CodeBuild project keeps no build logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        match (x.cloudwatch_logs.get(), x.s3_logs.get()) {
            (Some(true), _) => out.pass(&x.cloudwatch_logs.origin),
            (_, Some(true)) => out.pass(&x.s3_logs.origin),
            (Some(false), Some(false)) => out.fail(
                &x.cloudwatch_logs.origin,
                "build logs go neither to CloudWatch Logs nor to S3: what a build ran, fetched and printed leaves no record to investigate",
            ),
            _ => out.skip(
                &x.cloudwatch_logs.origin,
                "whether the project keeps logs is not known",
            ),
        }
    }
}
