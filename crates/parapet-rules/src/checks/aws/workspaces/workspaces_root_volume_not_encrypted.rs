//! AWS-WORKSPACES-001: a WorkSpace's root volume is not encrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::WorkSpacesWorkspace(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.root_volume_encrypted,
            |on| !on,
            "the root volume is not encrypted: the WorkSpace's system drive, with cached credentials and application data, is stored unencrypted, and encryption can only be chosen when the WorkSpace is created",
        );
    }
}
