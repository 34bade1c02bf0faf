//! AWS-EFS-005: an access point exposes the whole file system.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EfsAccessPoint(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.root_directory,
            |p| p.trim().is_empty() || p.trim() == "/",
            "the access point's root directory is the file system's root: clients mounting through it see every application's files, not just their own directory",
        );
    }
}
