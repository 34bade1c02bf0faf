//! AWS-EFS-006: an access point does not enforce a POSIX user.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EfsAccessPoint(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.posix_user,
            |on| !on,
            "the access point enforces no POSIX user: each client acts with the user and group ids it sends, including root, so file permissions do not separate applications",
        );
    }
}
