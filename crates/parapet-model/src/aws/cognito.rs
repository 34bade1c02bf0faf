//! `aws::cognito::UserPool` (`aws_cognito_user_pool`, `AWS::Cognito::UserPool`),
//! `aws::cognito::UserPoolClient` (`aws_cognito_user_pool_client`,
//! `AWS::Cognito::UserPoolClient`) and `aws::cognito::IdentityPool`
//! (`aws_cognito_identity_pool`, `AWS::Cognito::IdentityPool`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct UserPool {
    pub name: Value<Option<String>>,
    /// `OFF` (the default), `ON` (required) or `OPTIONAL` (`mfa_configuration`,
    /// `MfaConfiguration`).
    pub mfa: Value<String>,
    /// Threat protection (advanced security): `OFF` (the default), `AUDIT` or `ENFORCED`
    /// (`user_pool_add_ons.advanced_security_mode`, `UserPoolAddOns.AdvancedSecurityMode`).
    pub advanced_security: Value<String>,
    /// Whether the pool refuses deletion (`deletion_protection`, `DeletionProtection`:
    /// `ACTIVE`, or `INACTIVE`, the default).
    pub deletion_protection: Value<bool>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IdentityPool {
    pub name: Value<Option<String>>,
    /// Whether guests get AWS credentials without signing in
    /// (`allow_unauthenticated_identities`, default false;
    /// `AllowUnauthenticatedIdentities`, required).
    pub allow_unauthenticated: Value<bool>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct UserPoolClient {
    pub name: Value<Option<String>>,
    /// `LEGACY` (the API's default: sign-in and recovery report unknown users with
    /// `UserNotFoundException`) or `ENABLED` (`prevent_user_existence_errors`,
    /// `PreventUserExistenceErrors`).
    pub prevent_user_existence_errors: Value<String>,
    /// The OAuth 2.0 grant types the client may use (`allowed_oauth_flows`,
    /// `AllowedOAuthFlows`): `code`, `implicit`, `client_credentials`. Empty unless written.
    pub oauth_flows: Value<Vec<String>>,
    /// Whether the client may use them at all (`allowed_oauth_flows_user_pool_client`,
    /// `AllowedOAuthFlowsUserPoolClient`); false unless written.
    pub oauth_enabled: Value<bool>,
}
