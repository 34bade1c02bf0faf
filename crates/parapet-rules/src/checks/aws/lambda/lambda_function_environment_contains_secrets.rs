//! AWS-LAMBDA-004: a function's environment variables hold a secret in plain text.

use crate::checks::aws::secrets::{is_reference_or_empty, secret_like_name};
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LambdaFunction(f) = &ctx.resource.config else {
            return;
        };
        let Some(vars) = f.environment.get() else {
            out.expect(&f.environment, |_| false, "");
            return;
        };
        let mut flagged = false;
        for var in vars.iter().filter(|v| secret_like_name(&v.name)) {
            flagged = true;
            out.expect(
                &var.value,
                |v| v.as_deref().is_some_and(|s| !is_reference_or_empty(s)),
                format!(
                    "the environment variable `{}` holds a secret written in the configuration: it is readable by anyone who can read the function's configuration, and sits in the repository, the plan and the state",
                    var.name
                ),
            );
        }
        if !flagged {
            out.pass(&f.environment.origin);
        }
    }
}
