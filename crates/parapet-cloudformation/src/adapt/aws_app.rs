//! EventBridge bus policies, Cognito pools, Step Functions state machines (with SAM
//! `AWS::Serverless::StateMachine`), AppSync GraphQL APIs and ACM certificates → their
//! `aws::*` model types; the GuardDuty detector's protection plans.

use super::aws_common::{present, prop};
use super::aws_iam::document;
use super::{required, unknown_reason};
use crate::eval::Evaluated;
use parapet_model::aws::acm::Certificate;
use parapet_model::aws::appsync::GraphqlApi;
use parapet_model::aws::cognito::{IdentityPool, UserPool, UserPoolClient};
use parapet_model::aws::eventbridge::BusPolicy;
use parapet_model::aws::logs::ResourcePolicy;
use parapet_model::aws::sfn::StateMachine;
use parapet_model::{conv, Config, Dyn, Node, Origin, Value};

/// A boolean at the end of a path of nested properties: `Defaulted(None)` when a step or the
/// property is not written, `Unknown` when a step is not known.
fn dig_bool(n: &Node, path: &[&str]) -> Value<Option<bool>> {
    let (last, steps) = path.split_last().expect("a non-empty path");
    let mut cur = n.clone();
    for key in steps {
        match prop(&cur, key) {
            None => return Value::defaulted(None, cur.origin),
            Some(x) if x.is_null() => return Value::defaulted(None, x.origin),
            Some(x) => match unknown_reason(&x) {
                Some(r) => return Value::unknown(r, x.origin),
                None => cur = x,
            },
        }
    }
    conv::opt_bool(prop(&cur, last).as_ref(), &cur.origin)
}

/// A GuardDuty protection plan: the `Features` entry named `name` if there is one (it wins),
/// else the legacy `DataSources` setting at `legacy`.
pub(crate) fn feature(p: &Node, name: &str, legacy: &[&str]) -> Value<Option<bool>> {
    if let Some(fs) = prop(p, "Features") {
        match &fs.v {
            Dyn::Unknown(u) => return Value::unknown(u.reason.clone(), fs.origin.clone()),
            Dyn::List(items) => {
                for f in items {
                    if let Some(r) = unknown_reason(f) {
                        return Value::unknown(r, f.origin.clone());
                    }
                    let n = prop(f, "Name");
                    match n.as_ref().map(|x| &x.v) {
                        Some(Dyn::String(s)) if s == name => {}
                        Some(Dyn::Unknown(u)) => {
                            return Value::unknown(u.reason.clone(), f.origin.clone())
                        }
                        _ => continue,
                    }
                    return match prop(f, "Status") {
                        None => Value::unknown("Status is not set", f.origin.clone()),
                        Some(s) => match &s.v {
                            Dyn::String(x) => Value::explicit(Some(x == "ENABLED"), s.origin),
                            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), s.origin.clone()),
                            _ => Value::unknown("Status is not a string", s.origin),
                        },
                    };
                }
            }
            _ => {}
        }
    }
    match prop(p, "DataSources") {
        None => Value::defaulted(None, p.origin.clone()),
        Some(ds) => dig_bool(&ds, legacy),
    }
}

/// A nested string property with a default; an unknown parent makes it unknown.
fn nested(p: &Node, parent: &str, key: &str, default: &str, o: &Origin) -> Value<String> {
    match prop(p, parent).filter(|x| !x.is_null()) {
        None => Value::defaulted(default.to_string(), o.clone()),
        Some(b) => match unknown_reason(&b) {
            Some(r) => Value::unknown(r, b.origin),
            None => conv::string(prop(&b, key).as_ref(), default, &b.origin),
        },
    }
}

/// The statement of an `AWS::Events::EventBusPolicy`: `Statement`, or the older
/// `Principal` / `Action` / `Condition` properties.
fn bus_policy_statement(
    p: &Node,
    o: &Origin,
) -> Value<Option<parapet_model::policy::PolicyDocument>> {
    if let Some(st) = prop(p, "Statement").filter(|x| !x.is_null()) {
        let wrapped = Node::new(
            Dyn::Map(
                [("Statement".to_string(), st.clone())]
                    .into_iter()
                    .collect(),
            ),
            st.origin.clone(),
        );
        return match unknown_reason(&st) {
            Some(r) => Value::unknown(r, st.origin),
            None => document(Some(wrapped), o),
        };
    }
    let principal = prop(p, "Principal");
    let origin = principal.as_ref().map_or(o.clone(), |x| x.origin.clone());
    let mut stmt: Vec<(String, Node)> = vec![
        (
            "Effect".into(),
            Node::new(Dyn::String("Allow".into()), origin.clone()),
        ),
        (
            "Action".into(),
            prop(p, "Action").unwrap_or_else(|| {
                Node::new(Dyn::String("events:PutEvents".into()), origin.clone())
            }),
        ),
    ];
    if let Some(pr) = principal {
        stmt.push((
            "Principal".into(),
            Node::new(
                Dyn::Map([("AWS".to_string(), pr)].into_iter().collect()),
                origin.clone(),
            ),
        ));
    }
    if let Some(c) = prop(p, "Condition").filter(|x| !x.is_null()) {
        // `{Type: StringEquals, Key: aws:PrincipalOrgID, Value: o-...}`
        let cond = match (prop(&c, "Type"), prop(&c, "Key"), prop(&c, "Value")) {
            (Some(t), Some(k), Some(v)) => match (t.as_str(), k.as_str()) {
                (Some(t), Some(k)) => Node::new(
                    Dyn::Map(
                        [(
                            t.to_string(),
                            Node::new(
                                Dyn::Map([(k.to_string(), v)].into_iter().collect()),
                                c.origin.clone(),
                            ),
                        )]
                        .into_iter()
                        .collect(),
                    ),
                    c.origin.clone(),
                ),
                _ => Node::unknown("the condition is not known", vec![], c.origin.clone()),
            },
            _ => Node::unknown("the condition is not known", vec![], c.origin.clone()),
        };
        stmt.push(("Condition".into(), cond));
    }
    let stmt = Node::new(Dyn::Map(stmt.into_iter().collect()), origin.clone());
    let doc = Node::new(
        Dyn::Map(
            [(
                "Statement".to_string(),
                Node::new(Dyn::List(vec![stmt]), origin.clone()),
            )]
            .into_iter()
            .collect(),
        ),
        origin.clone(),
    );
    match parapet_model::policy::PolicyDocument::from_node(&doc) {
        Some(d) => Value::explicit(Some(d), origin),
        None => Value::unknown("the statement is not known", origin),
    }
}

pub(crate) fn config(ev: &Evaluated) -> Option<Config> {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    Some(match ev.ty.as_str() {
        "AWS::Events::EventBusPolicy" => Config::EventBridgeBusPolicy(Box::new(BusPolicy {
            bus_name: conv::string(g("EventBusName").as_ref(), "default", o),
            policy: bus_policy_statement(p, o),
        })),
        "AWS::Events::EventBus" => Config::EventBridgeBusPolicy(Box::new(BusPolicy {
            bus_name: required(conv::opt_string(g("Name").as_ref(), o), "Name"),
            policy: document(g("Policy"), o),
        })),
        "AWS::Cognito::UserPool" => Config::CognitoUserPool(Box::new(UserPool {
            name: conv::opt_string(g("UserPoolName").as_ref(), o),
            mfa: conv::string(g("MfaConfiguration").as_ref(), "OFF", o),
            advanced_security: nested(p, "UserPoolAddOns", "AdvancedSecurityMode", "OFF", o),
            deletion_protection: conv::string(g("DeletionProtection").as_ref(), "INACTIVE", o)
                .map(|d| d == "ACTIVE"),
        })),
        "AWS::Cognito::UserPoolClient" => Config::CognitoUserPoolClient(Box::new(UserPoolClient {
            name: conv::opt_string(g("ClientName").as_ref(), o),
            prevent_user_existence_errors: conv::string(
                g("PreventUserExistenceErrors").as_ref(),
                "LEGACY",
                o,
            ),
            oauth_flows: conv::strings(g("AllowedOAuthFlows").as_ref(), o),
            oauth_enabled: conv::bool(g("AllowedOAuthFlowsUserPoolClient").as_ref(), false, o),
        })),
        "AWS::Logs::ResourcePolicy" => Config::LogsResourcePolicy(Box::new(ResourcePolicy {
            name: conv::opt_string(g("PolicyName").as_ref(), o),
            policy: match g("PolicyDocument") {
                // Required: an incomplete template, not a default.
                None => Value::unknown("PolicyDocument is not set", o.clone()),
                Some(d) => document(Some(d), o),
            },
        })),
        "AWS::Cognito::IdentityPool" => Config::CognitoIdentityPool(Box::new(IdentityPool {
            name: conv::opt_string(g("IdentityPoolName").as_ref(), o),
            allow_unauthenticated: match g("AllowUnauthenticatedIdentities") {
                // Required: an incomplete template, not a default.
                None => Value::unknown("AllowUnauthenticatedIdentities is not set", o.clone()),
                Some(x) => conv::bool(Some(&x), false, o),
            },
        })),
        "AWS::StepFunctions::StateMachine" | "AWS::Serverless::StateMachine" => {
            let sam = ev.ty == "AWS::Serverless::StateMachine";
            let (name, logging, tracing) = if sam {
                ("Name", "Logging", "Tracing")
            } else {
                (
                    "StateMachineName",
                    "LoggingConfiguration",
                    "TracingConfiguration",
                )
            };
            Config::SfnStateMachine(Box::new(StateMachine {
                name: conv::opt_string(g(name).as_ref(), o),
                log_level: nested(p, logging, "Level", "OFF", o),
                tracing: match g(tracing).filter(|x| !x.is_null()) {
                    None => Value::defaulted(false, o.clone()),
                    Some(t) => match unknown_reason(&t) {
                        Some(r) => Value::unknown(r, t.origin),
                        None => conv::bool(prop(&t, "Enabled").as_ref(), false, &t.origin),
                    },
                },
            }))
        }
        "AWS::AppSync::GraphQLApi" => {
            let mut authentication_types = vec![required(
                conv::opt_string(g("AuthenticationType").as_ref(), o),
                "AuthenticationType",
            )];
            if let Some(extra) = g("AdditionalAuthenticationProviders") {
                match &extra.v {
                    Dyn::List(items) => {
                        for i in items {
                            authentication_types.push(match unknown_reason(i) {
                                Some(r) => Value::unknown(r, i.origin.clone()),
                                None => required(
                                    conv::opt_string(
                                        prop(i, "AuthenticationType").as_ref(),
                                        &i.origin,
                                    ),
                                    "AuthenticationType",
                                ),
                            });
                        }
                    }
                    Dyn::Unknown(u) => authentication_types
                        .push(Value::unknown(u.reason.clone(), extra.origin.clone())),
                    _ => {}
                }
            }
            Config::AppSyncGraphqlApi(Box::new(GraphqlApi {
                name: conv::opt_string(g("Name").as_ref(), o),
                field_log_level: match g("LogConfig").filter(|x| !x.is_null()) {
                    None => Value::defaulted(None, o.clone()),
                    Some(l) => match unknown_reason(&l) {
                        Some(r) => Value::unknown(r, l.origin),
                        None => conv::string(prop(&l, "FieldLogLevel").as_ref(), "NONE", &l.origin)
                            .map(Some),
                    },
                },
                authentication_types,
                introspection: conv::string(g("IntrospectionConfig").as_ref(), "ENABLED", o)
                    .map(|c| c != "DISABLED"),
            }))
        }
        "AWS::CertificateManager::Certificate" => Config::AcmCertificate(Box::new(Certificate {
            domain_name: conv::opt_string(g("DomainName").as_ref(), o),
            transparency_logging: conv::string(
                g("CertificateTransparencyLoggingPreference").as_ref(),
                "ENABLED",
                o,
            )
            .map(|p| p != "DISABLED"),
            not_public: present(p, "CertificateAuthorityArn", o),
        })),
        _ => return None,
    })
}
