//! AWS-EFS-003: an encrypted file system uses the AWS managed key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EfsFileSystem(x) = &ctx.resource.config else {
            return;
        };
        match x.encrypted.get() {
            None => out.skip(&x.encrypted.origin, "whether the file system is encrypted is not known"),
            // An unencrypted file system is AWS-EFS-001's finding.
            Some(false) => out.pass(&x.encrypted.origin),
            Some(true) => out.expect(
                &x.kms_key_id,
                |k| k.as_deref().is_none_or(|k| k.trim().is_empty() || k.trim_end().ends_with("alias/aws/elasticfilesystem")),
                "the file system is encrypted with the AWS managed key `aws/elasticfilesystem`: its key policy cannot be changed to restrict who decrypts the data, and it cannot be shared across accounts",
            ),
        }
    }
}
