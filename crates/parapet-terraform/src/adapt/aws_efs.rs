//! `aws_efs_file_system` → `aws::efs::FileSystem` (its policy and backup policy are joined in
//! `aws_storage::join`).

use crate::module::RawResource;
use parapet_model::aws::efs::FileSystem;
use parapet_model::{conv, Value};

pub(crate) fn file_system(r: &RawResource) -> FileSystem {
    FileSystem {
        // Provider docs: `encrypted` defaults to false.
        encrypted: conv::bool(r.node.get("encrypted"), false, &r.origin),
        kms_key_id: conv::opt_string(r.node.get("kms_key_id"), &r.origin),
        policy: Value::defaulted(None, r.origin.clone()),
        // The API creates file systems without automatic backups unless asked.
        backup: Value::defaulted(false, r.origin.clone()),
    }
}
