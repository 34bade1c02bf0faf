//! AWS-SSM-003: a parameter named like a secret has its value written in the configuration.

use crate::checks::aws::secrets::{is_reference_or_empty, secret_like_name};
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SsmParameter(x) = &ctx.resource.config else {
            return;
        };
        let name = match x.name.get() {
            None => {
                out.skip(&x.name.origin, "the parameter's name is not known");
                return;
            }
            Some(None) => {
                out.skip(&x.name.origin, "the parameter has no name");
                return;
            }
            Some(Some(n)) => n,
        };
        if !secret_like_name(name) {
            out.pass(&x.name.origin);
            return;
        }
        out.expect(
            &x.value,
            |v| v.as_deref().is_some_and(|s| !is_reference_or_empty(s)),
            format!(
                "the value of `{name}` is written in the configuration: whatever its type, the credential sits in the repository and its history, and in the plan, the state or the template"
            ),
        );
    }
}
