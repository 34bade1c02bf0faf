//! AWS-EC2-011: user data contains a credential.

use crate::checks::aws::secrets::credential_in_text;
use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2Instance(i) = &ctx.resource.config else {
            return;
        };
        let found = i
            .user_data
            .get()
            .and_then(|u| u.as_deref())
            .and_then(credential_in_text);
        out.expect(
            &i.user_data,
            |_| found.is_some(),
            format!(
                "the user data contains {}: anyone who can read the instance's attributes or reach its metadata service can read it",
                found.unwrap_or("a credential")
            ),
        );
    }
}
