//! AWS-BACKUP-001: a backup vault encrypts recovery points with the AWS managed key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::BackupVault(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.kms_key_arn,
            |k| k.as_deref().is_none_or(|k| k.trim().is_empty() || k.trim_end().ends_with("alias/aws/backup")),
            "the vault encrypts recovery points with the AWS managed key `aws/backup`: its key policy cannot be changed to limit who decrypts the backups, and copies cannot be shared with other accounts",
        );
    }
}
