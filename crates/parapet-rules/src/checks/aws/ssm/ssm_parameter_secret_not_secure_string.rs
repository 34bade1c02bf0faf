//! AWS-SSM-001: a parameter named like a secret is stored as plain text.

use super::secret_named_parameter;
use crate::{Check, Ctx, Outcomes};

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Some((x, name)) = secret_named_parameter(ctx, out) else {
            return;
        };
        out.expect(
            &x.param_type,
            |t| !t.eq_ignore_ascii_case("SecureString"),
            format!(
                "the parameter `{name}` is named like a secret but stored as a plain `String`: anyone who can read the parameter (or the template, plan or state) reads the value, and it is not encrypted with KMS"
            ),
        );
    }
}
