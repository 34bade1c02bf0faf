//! AWS-SSM-003: a parameter named like a secret has its value written in the configuration.

use super::secret_named_parameter;
use crate::checks::aws::secrets::is_reference_or_empty;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some((x, name)) = secret_named_parameter(ctx, out) else {
            return;
        };
        out.expect(
            &x.value,
            |v| v.as_deref().is_some_and(|s| !is_reference_or_empty(s)),
            format!(
                "the value of `{name}` is written in the configuration: whatever its type, the credential sits in the repository and its history, and in the plan, the state or the template"
            ),
        );
    }
}
