//! `aws::lambda::Function`, `aws::lambda::Permission`, `aws::lambda::FunctionUrl`.

use crate::span::Origin;
use crate::value::{conv, Dyn, Node, Value};
use serde::{Deserialize, Serialize};

/// A function (`aws_lambda_function`, `AWS::Lambda::Function`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Function {
    pub name: Value<Option<String>>,
    /// The runtime identifier (`python3.12`, `nodejs20.x` ...); `None` for container images.
    pub runtime: Value<Option<String>>,
    /// X-Ray tracing mode: `Active` or `PassThrough` (the Lambda default when no tracing
    /// configuration is written; SAM's `Tracing: Disabled` is also `PassThrough`).
    pub tracing_mode: Value<String>,
    /// The environment variables (`environment.variables`, `Environment.Variables`); an
    /// unresolved map is unknown as a whole.
    pub environment: Value<Vec<EnvVar>>,
    /// The dead-letter queue or topic for failed asynchronous invocations
    /// (`dead_letter_config.target_arn`, `DeadLetterConfig.TargetArn`, SAM
    /// `DeadLetterQueue.TargetArn`); `None` when there is none (the default).
    pub dead_letter_target: Value<Option<String>>,
    /// The subnets of a VPC configuration; empty when the function is not attached to a VPC
    /// (the default).
    pub vpc_subnet_ids: Value<Vec<String>>,
}

/// One environment variable of a function.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EnvVar {
    pub name: String,
    /// The value; unknown when it is an unresolved expression (a variable, a parameter, a
    /// reference to another resource).
    pub value: Value<Option<String>>,
}

/// The environment variables of a resolved `variables` / `Variables` map.
pub fn env_vars(n: Option<&Node>, fallback: &Origin) -> Value<Vec<EnvVar>> {
    let Some(n) = n else {
        return Value::defaulted(Vec::new(), fallback.clone());
    };
    match &n.v {
        Dyn::Null => Value::defaulted(Vec::new(), n.origin.clone()),
        Dyn::Map(m) => Value::explicit(
            m.iter()
                .map(|(k, v)| EnvVar {
                    name: k.clone(),
                    value: conv::opt_string(Some(v), &v.origin),
                })
                .collect(),
            n.origin.clone(),
        ),
        Dyn::Unknown(u) => Value::unknown(u.reason.clone(), n.origin.clone()),
        other => Value::unknown(
            format!(
                "expected a map of variables, found {}",
                conv::type_name(other)
            ),
            n.origin.clone(),
        ),
    }
}

/// A resource-based policy statement granting a principal the right to invoke a function
/// (`aws_lambda_permission`, `AWS::Lambda::Permission`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Permission {
    /// `lambda:InvokeFunction`, `lambda:InvokeFunctionUrl` ...
    pub action: Value<String>,
    /// An account id or ARN, a service principal (`s3.amazonaws.com`) or `*`.
    pub principal: Value<String>,
    pub source_arn: Value<Option<String>>,
    pub source_account: Value<Option<String>>,
    pub principal_org_id: Value<Option<String>>,
    /// For `lambda:InvokeFunctionUrl`: `NONE` or `AWS_IAM`.
    pub function_url_auth_type: Value<Option<String>>,
}

impl Permission {
    /// Whether a condition narrows who may use the grant (`None` when not known).
    pub fn has_source_condition(&self) -> Option<bool> {
        let set = |v: &Value<Option<String>>| {
            v.get()
                .map(|x| x.as_deref().is_some_and(|s| !s.trim().is_empty()))
        };
        let parts = [
            set(&self.source_arn),
            set(&self.source_account),
            set(&self.principal_org_id),
        ];
        if parts.contains(&Some(true)) {
            Some(true)
        } else if parts.contains(&None) {
            None
        } else {
            Some(false)
        }
    }
}

/// A function URL (`aws_lambda_function_url`, `AWS::Lambda::Url`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FunctionUrl {
    /// `NONE` (public, unauthenticated) or `AWS_IAM`.
    pub auth_type: Value<String>,
}

/// Lambda runtimes that have reached deprecation (no more security patches), per the Lambda
/// runtimes page, as of January 2026.
pub const DEPRECATED_RUNTIMES: &[&str] = &[
    "nodejs",
    "nodejs4.3",
    "nodejs4.3-edge",
    "nodejs6.10",
    "nodejs8.10",
    "nodejs10.x",
    "nodejs12.x",
    "nodejs14.x",
    "nodejs16.x",
    "nodejs18.x",
    "python2.7",
    "python3.6",
    "python3.7",
    "python3.8",
    "python3.9",
    "java8",
    "dotnetcore1.0",
    "dotnetcore2.0",
    "dotnetcore2.1",
    "dotnetcore3.1",
    "dotnet5.0",
    "dotnet6",
    "dotnet7",
    "ruby2.5",
    "ruby2.7",
    "go1.x",
    "provided",
];

/// A list of ids where only its length matters: items that are references to other
/// resources (known only after deployment) count as present. An unknown list is unknown.
pub fn id_list(n: Option<&Node>, fallback: &Origin) -> Value<Vec<String>> {
    match n.map(|x| &x.v) {
        Some(Dyn::List(items)) if !items.is_empty() => {
            let n = n.expect("matched Some");
            Value::explicit(
                items
                    .iter()
                    .map(|i| {
                        i.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| "<unknown>".into())
                    })
                    .collect(),
                n.origin.clone(),
            )
        }
        _ => conv::strings(n, fallback),
    }
}

/// A grant to use a layer version (`aws_lambda_layer_version_permission`,
/// `AWS::Lambda::LayerVersionPermission`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LayerPermission {
    /// An account id, or `*` for every AWS account.
    pub principal: Value<String>,
    /// With `*`, the organization whose accounts the grant is limited to
    /// (`organization_id`, `OrganizationId`); `None` when not written.
    pub organization_id: Value<Option<String>>,
}
