//! AWS-CODEBUILD-009: a CodeBuild project makes its builds public.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.visibility,
            |v| v.eq_ignore_ascii_case("PUBLIC_READ"),
            "the project's builds are public: anyone on the internet can read every build's results, logs and artifacts, including builds run before the project was made public",
        );
    }
}
