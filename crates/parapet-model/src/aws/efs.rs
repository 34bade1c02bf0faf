//! `aws::efs::FileSystem` (`aws_efs_file_system`, `AWS::EFS::FileSystem`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FileSystem {
    /// Encryption at rest; off unless written (the API and CloudFormation default).
    pub encrypted: Value<bool>,
    pub kms_key_id: Value<Option<String>>,
}
