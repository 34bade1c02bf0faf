//! AWS-IAM-011: an IAM user's console password is written in the template.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::iam::Kind;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::IamPolicies(p) = &ctx.resource.config else {
            return;
        };
        if p.kind != Kind::User {
            return;
        }
        out.expect(
            &p.console_password_in_code,
            |written| *written,
            "the user's console password is written in the template (a literal or a parameter default): it is in the repository and in every copy of the template",
        );
    }
}
