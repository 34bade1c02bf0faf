//! AWS-BACKUP-003: a backup vault has no Vault Lock.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::BackupVault(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.lock,
            |on| !on,
            "the vault has no Vault Lock: anyone allowed to delete recovery points or change retention can destroy the backups, including an attacker holding those permissions",
        );
    }
}
