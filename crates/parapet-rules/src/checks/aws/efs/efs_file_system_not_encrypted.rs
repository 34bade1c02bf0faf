//! AWS-EFS-001: a file system stores data unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EfsFileSystem(f) = &ctx.resource.config else {
            return;
        };
        let how = if f.encrypted.is_defaulted() {
            "encryption at rest is not turned on (it is off unless written)"
        } else {
            "encryption at rest is turned off"
        };
        out.expect(
            &f.encrypted,
            |on| !on,
            format!("{how}: files and metadata are stored unencrypted, and it cannot be turned on later"),
        );
    }
}
