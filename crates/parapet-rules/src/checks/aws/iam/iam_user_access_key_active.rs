//! AWS-IAM-010: an active long-lived access key is created for an IAM user.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::IamAccessKey(k) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &k.active,
            |a| *a,
            "an active long-lived access key is created for the IAM user: its secret never expires and ends up in the deployment's state or outputs",
        );
    }
}
