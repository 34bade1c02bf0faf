//! AWS-SSM-002: an SSM document is shared with every AWS account.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SsmDocument(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.shared_with,
            |ids| ids.iter().any(|i| i.eq_ignore_ascii_case("All")),
            "the document is shared publicly (`account_ids = \"All\"`): any AWS account can read and run it, with whatever it reveals about the environment",
        );
    }
}
