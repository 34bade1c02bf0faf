//! `aws::glacier::Vault` (`aws_glacier_vault`, `AWS::Glacier::Vault`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Vault {
    pub name: Value<Option<String>>,
    /// The vault access policy (`access_policy`, `AccessPolicy`); `None` when there is none.
    pub policy: Value<Option<PolicyDocument>>,
}
