//! `aws::apigateway::Stage` (`aws_api_gateway_stage`, `aws_apigatewayv2_stage`,
//! `AWS::ApiGateway::Stage`, `AWS::ApiGatewayV2::Stage`, SAM `Api` / `HttpApi`) and
//! `aws::apigateway::DomainName` (`aws_api_gateway_domain_name`,
//! `AWS::ApiGateway::DomainName`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Stage {
    pub name: Value<Option<String>>,
    /// The destination of access logs (a log group or Firehose ARN); `None` when the stage
    /// writes no access logs (the default).
    pub access_log_destination: Value<Option<String>>,
    /// A REST API stage (`aws_api_gateway_stage`, `AWS::ApiGateway::Stage`, SAM `Api`), as
    /// opposed to an HTTP or WebSocket API stage (API Gateway v2).
    pub rest: bool,
    /// REST stages: whether X-Ray tracing is on (`xray_tracing_enabled`, `TracingEnabled`);
    /// off unless written. Always false for v2 stages, which cannot trace.
    pub xray_tracing: Value<bool>,
    /// REST stages: the method settings (`MethodSettings`, or an
    /// `aws_api_gateway_method_settings`, which Terraform models as a resource of its own).
    pub method_settings: Vec<MethodSetting>,
}

/// The caching part of one REST stage method setting.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MethodSetting {
    /// Whether responses are cached (`caching_enabled`, `CachingEnabled`); off unless
    /// written.
    pub caching_enabled: Value<bool>,
    /// Whether cached responses are encrypted (`cache_data_encrypted`,
    /// `CacheDataEncrypted`); off unless written.
    pub cache_data_encrypted: Value<bool>,
    /// The setting's own block, list item or resource.
    pub origin: crate::span::Origin,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DomainName {
    pub domain_name: Value<Option<String>>,
    /// `TLS_1_0` (the API Gateway default for REST API custom domains) or `TLS_1_2`, or one
    /// of the newer `SecurityPolicy_*` names.
    pub security_policy: Value<String>,
}

/// Whether a custom domain security policy still accepts TLS 1.0 or 1.1.
pub fn allows_tls_below_1_2(policy: &str) -> bool {
    let p = policy.trim().to_ascii_uppercase();
    p == "TLS_1_0"
        || p.contains("TLS1_0")
        || p.contains("TLS1_1")
        || p.contains("TLS13_1_0")
        || p.contains("TLS13_1_1")
}

/// `aws::apigateway::Method` (`aws_api_gateway_method`, `AWS::ApiGateway::Method`): a REST
/// API method.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Method {
    /// `GET`, `POST`, `OPTIONS`, `ANY` ...
    pub http_method: Value<String>,
    /// `NONE`, `AWS_IAM`, `CUSTOM` or `COGNITO_USER_POOLS`.
    pub authorization: Value<String>,
    /// Whether callers must send an API key; false unless written.
    pub api_key_required: Value<bool>,
}
