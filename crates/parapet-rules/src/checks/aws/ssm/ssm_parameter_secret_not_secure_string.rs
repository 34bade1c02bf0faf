//! AWS-SSM-001: a parameter named like a secret is stored as plain text.

use crate::checks::aws::secrets::secret_like_name;
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
            &x.param_type,
            |t| !t.eq_ignore_ascii_case("SecureString"),
            format!(
                "the parameter `{name}` is named like a secret but stored as a plain `String`: anyone who can read the parameter (or the template, plan or state) reads the value, and it is not encrypted with KMS"
            ),
        );
    }
}
