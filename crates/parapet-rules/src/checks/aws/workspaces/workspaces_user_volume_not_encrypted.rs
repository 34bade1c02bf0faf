//! AWS-WORKSPACES-002: a WorkSpace's user volume is not encrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::WorkSpacesWorkspace(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.user_volume_encrypted,
            |on| !on,
            "the user volume is not encrypted: the user's profile and documents are stored unencrypted, and encryption can only be chosen when the WorkSpace is created",
        );
    }
}
