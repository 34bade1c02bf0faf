//! AWS-CODEBUILD-002: a CodeBuild project holds a secret in a plain-text environment variable.

use crate::checks::aws::secrets::{is_reference_or_empty, secret_like_name};
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::CodeBuildProject(x) = &ctx.resource.config else {
            return;
        };
        let Some(vars) = x.env_vars.get() else {
            out.expect(&x.env_vars, |_| false, "");
            return;
        };
        let mut flagged = false;
        for var in vars.iter().filter(|v| secret_like_name(&v.name)) {
            flagged = true;
            match var.var_type.get() {
                None => out.skip(&var.var_type.origin, "the variable's type is not known"),
                Some(t) if !t.eq_ignore_ascii_case("PLAINTEXT") => out.pass(&var.origin),
                Some(_) => out.expect(
                    &var.value,
                    |v| v.as_deref().is_some_and(|s| !is_reference_or_empty(s)),
                    format!(
                        "the environment variable `{}` holds a secret in plain text: it is visible to anyone who can read the project, in the build logs' environment, and in the repository, the plan and the state",
                        var.name
                    ),
                ),
            }
        }
        if !flagged {
            out.pass(&x.env_vars.origin);
        }
    }
}
