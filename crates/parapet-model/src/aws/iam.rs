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
    /// A managed-policy attachment resource (`aws_iam_role_policy_attachment`,
    /// `aws_iam_user_policy_attachment`, `aws_iam_group_policy_attachment`,
    /// `aws_iam_policy_attachment`): no document of its own, one managed policy ARN.
    Attachment,
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
    /// The managed policies the resource attaches, one value per ARN with its own origin:
    /// `ManagedPolicyArns` of a role, user or group (`managed_policy_arns` of
    /// `aws_iam_role`), the `policy_arn` of an attachment resource. Empty unless written; an
    /// ARN that cannot be resolved is `Unknown`.
    pub managed_policy_arns: Vec<Value<String>>,
    /// Whether the resource attaches its documents or managed policies directly to IAM users:
    /// true for a user's own inline and managed policies, `aws_iam_user_policy`,
    /// `aws_iam_user_policy_attachment`, `AWS::IAM::UserPolicy`, and for
    /// `aws_iam_policy_attachment` and `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy` whose
    /// `users` / `Users` list is not empty. False unless written.
    pub attached_to_users: Value<bool>,
    /// Users only: whether the console password (`LoginProfile.Password` of
    /// `AWS::IAM::User`) is written in the configuration — a literal or a parameter default —
    /// rather than a dynamic reference resolved at deploy time. Terraform cannot set one
    /// (`aws_iam_user_login_profile` generates it). `Defaulted(false)` without a password.
    pub console_password_in_code: Value<bool>,
}

/// `aws::iam::AccessKey` (`aws_iam_access_key`, `AWS::IAM::AccessKey`): a long-lived access
/// key of an IAM user.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AccessKey {
    /// The user the key belongs to.
    pub user: Value<Option<String>>,
    /// Whether the key can be used: `status` / `Status` is `Active` (the default) rather than
    /// `Inactive`.
    pub active: Value<bool>,
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
