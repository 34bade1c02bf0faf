//! `aws::iam::Policies`: the IAM policies one resource declares.
//!
//! One type for roles, users, groups and policy resources, so that one rule about a policy
//! statement covers a managed policy, an inline policy resource (`aws_iam_role_policy`,
//! `AWS::IAM::Policy`) and the inline policies written inside a role, user or group alike.

use crate::policy::PolicyDocument;
use crate::span::Origin;
use crate::value::Value;
use serde::{Deserialize, Serialize};

/// What kind of IAM resource declared the policies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Role,
    User,
    Group,
    /// A customer managed policy (`aws_iam_policy`, `AWS::IAM::ManagedPolicy`).
    ManagedPolicy,
    /// An inline policy declared as its own resource (`aws_iam_role_policy`,
    /// `AWS::IAM::Policy`, `AWS::IAM::RolePolicy` ...).
    InlinePolicy,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Policies {
    pub kind: Kind,
    pub name: Value<Option<String>>,
    /// The identity-based permission documents: a policy resource's document, or the inline
    /// policies written inside a role, user or group.
    pub documents: Vec<Document>,
    /// Roles only: the trust policy, who may assume the role. `Defaulted(None)` for other
    /// kinds.
    pub trust_policy: Value<Option<PolicyDocument>>,
}

/// One permission document with its name.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    pub name: Value<Option<String>>,
    /// `Unknown` when the document is not known (a data source, an unresolved reference
    /// inside `jsonencode`, a parameter).
    pub policy: Value<Option<PolicyDocument>>,
    /// The inline policy's block, or the policy resource.
    pub origin: Origin,
}
