//! AWS-EFS-004: a file system has no automatic backups.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EfsFileSystem(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.backup,
            |on| !on,
            "automatic backups are off: a deleted or encrypted-by-ransomware file cannot be restored from AWS Backup",
        );
    }
}
