//! `AWS::EFS::FileSystem` → `aws::efs::FileSystem`.

use super::aws_common::prop;
use super::aws_iam::document;
use super::aws_nested::string_at;
use crate::eval::Evaluated;
use parapet_model::aws::efs::FileSystem;
use parapet_model::conv;

pub(crate) fn file_system(ev: &Evaluated) -> FileSystem {
    let o = &ev.origin;
    let p = &ev.props;
    FileSystem {
        // CloudFormation docs: Encrypted defaults to false.
        encrypted: conv::bool(prop(p, "Encrypted").as_ref(), false, o),
        kms_key_id: conv::opt_string(prop(p, "KmsKeyId").as_ref(), o),
        policy: document(prop(p, "FileSystemPolicy"), o),
        // Not written: no automatic backups (the API default).
        backup: string_at(p, &["BackupPolicy"], "Status", "DISABLED", o)
            .map(|s| s.eq_ignore_ascii_case("ENABLED") || s.eq_ignore_ascii_case("ENABLING")),
    }
}
