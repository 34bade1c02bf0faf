//! EventBridge bus policies, Cognito pools, Step Functions state machines, AppSync GraphQL
//! APIs and ACM certificates → their `aws::*` model types; the GuardDuty detector's nested
//! protection settings and its `aws_guardduty_detector_feature` resources.

use super::aws_common::present;
use super::aws_iam::document;
use super::{block, blocks};
use crate::module::RawResource;
use parapet_model::aws::acm::Certificate;
use parapet_model::aws::appsync::GraphqlApi;
use parapet_model::aws::cognito::{IdentityPool, UserPool, UserPoolClient};
use parapet_model::aws::eventbridge::BusPolicy;
use parapet_model::aws::guardduty::Detector;
use parapet_model::aws::logs::ResourcePolicy;
use parapet_model::aws::sfn::StateMachine;
use parapet_model::policy::{Condition, PolicyDocument, Statement, UNKNOWN};
use parapet_model::{conv, Config, Dyn, Node, Origin, State, Value};

/// A boolean at the end of a path of nested blocks (`datasources { s3_logs { enable } }`):
/// `Defaulted(None)` when a block or the attribute is not written, `Unknown` when a step is.
pub(crate) fn dig_bool(n: &Node, path: &[&str]) -> Value<Option<bool>> {
    let mut cur = n;
    let (last, steps) = path.split_last().expect("a non-empty path");
    for key in steps {
        match cur.get(key) {
            None => return Value::defaulted(None, cur.origin.clone()),
            Some(x) => match &x.v {
                Dyn::Null => return Value::defaulted(None, x.origin.clone()),
                Dyn::Unknown(u) => return Value::unknown(u.reason.clone(), x.origin.clone()),
                Dyn::List(l) => match l.first() {
                    None => return Value::defaulted(None, x.origin.clone()),
                    Some(f) if f.is_unknown() => {
                        return Value::unknown("a nested block is not known", f.origin.clone())
                    }
                    Some(f) => cur = f,
                },
                _ => cur = x,
            },
        }
    }
    conv::opt_bool(cur.get(last), &cur.origin)
}

/// Applies an `aws_guardduty_detector_feature` (`name`, `status`) to its detector.
pub(crate) fn detector_feature(d: &mut Detector, n: &Node) {
    let Some(name) = n.get("name").and_then(|x| x.as_str()) else {
        return;
    };
    let slot = match name {
        "S3_DATA_EVENTS" => &mut d.s3_protection,
        "EKS_AUDIT_LOGS" => &mut d.eks_audit_logs,
        "EBS_MALWARE_PROTECTION" => &mut d.malware_protection,
        _ => return,
    };
    *slot = match n.get("status") {
        None => Value::unknown("status is not set", n.origin.clone()),
        Some(s) => match &s.v {
            Dyn::String(x) => Value::explicit(Some(x == "ENABLED"), s.origin.clone()),
            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), s.origin.clone()),
            _ => Value::unknown("status is not a string", s.origin.clone()),
        },
    };
}

/// A nested block's attribute with a default; an unknown block makes it unknown.
fn in_block(n: &Node, blk: &str, key: &str, default: &str, o: &Origin) -> Value<String> {
    match n.get(blk) {
        Some(b) if b.is_unknown() => Value::unknown("the block is not known", b.origin.clone()),
        _ => match block(n, blk) {
            Some(b) => conv::string(b.get(key), default, &b.origin),
            None => Value::defaulted(default.to_string(), o.clone()),
        },
    }
}

fn required(v: Value<Option<String>>, what: &str) -> Value<String> {
    let origin = v.origin.clone();
    match v.state {
        State::Explicit(Some(s)) => Value::explicit(s, origin),
        State::Unknown(r) => Value::unknown(r, origin),
        _ => Value::unknown(format!("{what} is not set"), origin),
    }
}

/// The one statement an `aws_cloudwatch_event_permission` adds to its bus's policy.
fn permission_statement(n: &Node, o: &Origin) -> Value<Option<PolicyDocument>> {
    let text = |x: Option<&Node>, default: &str| match x.map(|x| &x.v) {
        None | Some(Dyn::Null) => default.to_string(),
        Some(Dyn::String(s)) => s.clone(),
        Some(_) => UNKNOWN.to_string(),
    };
    let principal = n.get("principal");
    let condition = block(n, "condition");
    let conditions = match (n.get("condition"), condition) {
        (Some(c), _) if c.is_unknown() => vec![Condition {
            operator: UNKNOWN.into(),
            key: UNKNOWN.into(),
            values: vec![UNKNOWN.into()],
        }],
        (_, Some(c)) => vec![Condition {
            operator: text(c.get("type"), UNKNOWN),
            key: text(c.get("key"), UNKNOWN),
            values: vec![text(c.get("value"), UNKNOWN)],
        }],
        _ => Vec::new(),
    };
    let origin = principal.map_or(o, |p| &p.origin).clone();
    Value::explicit(
        Some(PolicyDocument {
            statements: vec![Statement {
                sid: n
                    .get("statement_id")
                    .and_then(|x| x.as_str())
                    .map(str::to_string),
                effect: "Allow".into(),
                actions: vec![text(n.get("action"), "events:PutEvents")],
                not_actions: Vec::new(),
                resources: Vec::new(),
                not_resources: Vec::new(),
                principals: vec![("AWS".into(), text(principal, UNKNOWN))],
                not_principals: Vec::new(),
                has_condition: !conditions.is_empty(),
                conditions,
                origin: origin.clone(),
            }],
            incomplete: false,
        }),
        origin,
    )
}

pub(crate) fn config(r: &RawResource) -> Option<Config> {
    let n = &r.node;
    let o = &r.origin;
    let bus = || conv::string(n.get("event_bus_name"), "default", o);
    Some(match r.rtype.as_str() {
        "aws_cloudwatch_event_bus_policy" => Config::EventBridgeBusPolicy(Box::new(BusPolicy {
            bus_name: bus(),
            policy: match n.get("policy") {
                // Required by the provider: an incomplete configuration.
                None => Value::unknown("policy is not set", o.clone()),
                Some(p) => document(Some(p), o),
            },
        })),
        "aws_cloudwatch_event_permission" => Config::EventBridgeBusPolicy(Box::new(BusPolicy {
            bus_name: bus(),
            policy: permission_statement(n, o),
        })),
        "aws_cognito_user_pool" => Config::CognitoUserPool(Box::new(UserPool {
            name: conv::opt_string(n.get("name"), o),
            mfa: conv::string(n.get("mfa_configuration"), "OFF", o),
            advanced_security: in_block(n, "user_pool_add_ons", "advanced_security_mode", "OFF", o),
            deletion_protection: conv::string(n.get("deletion_protection"), "INACTIVE", o)
                .map(|d| d == "ACTIVE"),
        })),
        "aws_cognito_user_pool_client" => Config::CognitoUserPoolClient(Box::new(UserPoolClient {
            name: conv::opt_string(n.get("name"), o),
            prevent_user_existence_errors: conv::string(
                n.get("prevent_user_existence_errors"),
                "LEGACY",
                o,
            ),
            oauth_flows: conv::strings(n.get("allowed_oauth_flows"), o),
            oauth_enabled: conv::bool(n.get("allowed_oauth_flows_user_pool_client"), false, o),
        })),
        "aws_cloudwatch_log_resource_policy" => {
            Config::LogsResourcePolicy(Box::new(ResourcePolicy {
                name: conv::opt_string(n.get("policy_name"), o),
                policy: match n.get("policy_document") {
                    // Required by the provider: an incomplete configuration.
                    None => Value::unknown("policy_document is not set", o.clone()),
                    Some(p) => document(Some(p), o),
                },
            }))
        }
        "aws_cognito_identity_pool" => Config::CognitoIdentityPool(Box::new(IdentityPool {
            name: conv::opt_string(n.get("identity_pool_name"), o),
            allow_unauthenticated: conv::bool(n.get("allow_unauthenticated_identities"), false, o),
        })),
        "aws_sfn_state_machine" => Config::SfnStateMachine(Box::new(StateMachine {
            name: conv::opt_string(n.get("name").or(n.get("name_prefix")), o),
            log_level: in_block(n, "logging_configuration", "level", "OFF", o),
            tracing: match n.get("tracing_configuration") {
                Some(b) if b.is_unknown() => {
                    Value::unknown("the block is not known", b.origin.clone())
                }
                _ => match block(n, "tracing_configuration") {
                    Some(b) => conv::bool(b.get("enabled"), false, &b.origin),
                    None => Value::defaulted(false, o.clone()),
                },
            },
        })),
        "aws_appsync_graphql_api" => {
            let mut authentication_types = vec![required(
                conv::opt_string(n.get("authentication_type"), o),
                "authentication_type",
            )];
            match n.get("additional_authentication_provider") {
                Some(x) if x.is_unknown() => authentication_types.push(Value::unknown(
                    "the additional authentication providers are not known",
                    x.origin.clone(),
                )),
                _ => {
                    for b in blocks(n, "additional_authentication_provider") {
                        authentication_types.push(required(
                            conv::opt_string(b.get("authentication_type"), &b.origin),
                            "authentication_type",
                        ));
                    }
                }
            }
            Config::AppSyncGraphqlApi(Box::new(GraphqlApi {
                name: conv::opt_string(n.get("name"), o),
                field_log_level: match n.get("log_config") {
                    Some(b) if b.is_unknown() => {
                        Value::unknown("the log configuration is not known", b.origin.clone())
                    }
                    _ => match block(n, "log_config") {
                        Some(b) => {
                            conv::string(b.get("field_log_level"), "NONE", &b.origin).map(Some)
                        }
                        None => Value::defaulted(None, o.clone()),
                    },
                },
                authentication_types,
                introspection: conv::string(n.get("introspection_config"), "ENABLED", o)
                    .map(|c| c != "DISABLED"),
            }))
        }
        "aws_acm_certificate" => Config::AcmCertificate(Box::new(Certificate {
            domain_name: conv::opt_string(n.get("domain_name"), o),
            transparency_logging: in_block(
                n,
                "options",
                "certificate_transparency_logging_preference",
                "ENABLED",
                o,
            )
            .map(|p| p != "DISABLED"),
            not_public: match n.get("private_key") {
                Some(k) if !k.is_null() => {
                    Value::explicit(Some("imported".into()), k.origin.clone())
                }
                _ => present(n.get("certificate_authority_arn"), o),
            },
        })),
        _ => return None,
    })
}
