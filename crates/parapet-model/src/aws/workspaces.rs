//! `aws::workspaces::Workspace` (`aws_workspaces_workspace`, `AWS::WorkSpaces::Workspace`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Workspace {
    /// Encryption of the root (system) volume (`root_volume_encryption_enabled`,
    /// `RootVolumeEncryptionEnabled`); off unless written.
    pub root_volume_encrypted: Value<bool>,
    /// Encryption of the user volume (`user_volume_encryption_enabled`,
    /// `UserVolumeEncryptionEnabled`); off unless written.
    pub user_volume_encrypted: Value<bool>,
}
