//! `aws::appsync::GraphqlApi` (`aws_appsync_graphql_api`, `AWS::AppSync::GraphQLApi`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GraphqlApi {
    pub name: Value<Option<String>>,
    /// The field-level log level (`log_config.field_log_level`, `LogConfig.FieldLogLevel`):
    /// `NONE`, `ERROR`, `INFO`, `DEBUG` or `ALL`. `None` without a log configuration: nothing
    /// is sent to CloudWatch Logs.
    pub field_log_level: Value<Option<String>>,
    /// The authorization modes, the default one first (`authentication_type` and
    /// `additional_authentication_provider`, `AuthenticationType` and
    /// `AdditionalAuthenticationProviders`): `API_KEY`, `AWS_IAM`, `AMAZON_COGNITO_USER_POOLS`,
    /// `OPENID_CONNECT`, `AWS_LAMBDA`.
    pub authentication_types: Vec<Value<String>>,
    /// Whether clients may query the schema through introspection (`introspection_config`,
    /// `IntrospectionConfig`: `ENABLED`, the default, or `DISABLED`).
    pub introspection: Value<bool>,
}
