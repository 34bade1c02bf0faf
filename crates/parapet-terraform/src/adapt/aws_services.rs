//! ECR, ECS, Secrets Manager, API Gateway, Kinesis, MSK, Redshift, CloudWatch Logs, AWS
//! Config, GuardDuty and account-wide settings → their `aws::*` model types, and the joins of
//! their split-out resources (`aws_ecr_repository_policy`,
//! `aws_secretsmanager_secret_rotation`, `aws_redshift_logging`).

use super::aws_common::present;
use super::aws_iam::document;
use super::{block, targets};
use crate::module::RawResource;
use parapet_model::aws::account::{PasswordPolicy, S3PublicAccessBlock};
use parapet_model::aws::apigateway::{DomainName, Method, MethodSetting, Stage};
use parapet_model::aws::config::Recorder;
use parapet_model::aws::ecr::Repository;
use parapet_model::aws::ecs::{containers, TaskDefinition};
use parapet_model::aws::guardduty::Detector;
use parapet_model::aws::kinesis::Stream;
use parapet_model::aws::logs::LogGroup;
use parapet_model::aws::msk::Cluster as MskCluster;
use parapet_model::aws::redshift::Cluster as RedshiftCluster;
use parapet_model::aws::secretsmanager::{rotation_interval, Secret};
use parapet_model::{conv, Config, Dyn, Edge, EdgeKind, Node, Resource, State, Value};

/// A nested block, or the unknown that stands for it (a `dynamic` block over an unknown
/// collection).
fn nested<'a>(n: &'a Node, key: &str) -> Result<Option<&'a Node>, Value<()>> {
    match n.get(key) {
        Some(b) if b.is_unknown() => Err(Value::unknown(
            match &b.v {
                Dyn::Unknown(u) => u.reason.clone(),
                _ => String::new(),
            },
            b.origin.clone(),
        )),
        _ => Ok(block(n, key)),
    }
}

fn unknown_as<T>(u: Value<()>) -> Value<T> {
    Value::unknown(
        u.unknown_reason().unwrap_or("unknown").to_string(),
        u.origin,
    )
}

/// A required string: not written is unknown (the configuration is incomplete).
fn required(v: Value<Option<String>>, what: &str) -> Value<String> {
    let origin = v.origin.clone();
    match v.state {
        State::Explicit(Some(s)) => Value::explicit(s, origin),
        State::Unknown(r) => Value::unknown(r, origin),
        _ => Value::unknown(format!("{what} is not set"), origin),
    }
}

pub(crate) fn config(r: &RawResource) -> Option<Config> {
    let n = &r.node;
    let o = &r.origin;
    Some(match r.rtype.as_str() {
        "aws_ecr_repository" => Config::EcrRepository(Box::new(Repository {
            name: conv::opt_string(n.get("name"), o),
            scan_on_push: match nested(n, "image_scanning_configuration") {
                Err(u) => unknown_as(u),
                Ok(Some(b)) => conv::bool(b.get("scan_on_push"), false, &b.origin),
                Ok(None) => Value::defaulted(false, o.clone()),
            },
            image_tag_mutability: conv::string(n.get("image_tag_mutability"), "MUTABLE", o),
            policy: Value::defaulted(None, o.clone()),
            encryption_type: match nested(n, "encryption_configuration") {
                Err(u) => unknown_as(u),
                Ok(Some(b)) => conv::string(b.get("encryption_type"), "AES256", &b.origin),
                Ok(None) => Value::defaulted("AES256".to_string(), o.clone()),
            },
        })),
        "aws_ecs_task_definition" => {
            let defs = n.get("container_definitions").map(|d| match &d.v {
                Dyn::String(s) => match serde_json::from_str::<serde_json::Value>(s) {
                    Ok(j) => Node::from_json(&j, &d.origin),
                    Err(e) => Node::unknown(
                        format!("container_definitions is not valid JSON: {e}"),
                        vec![],
                        d.origin.clone(),
                    ),
                },
                _ => d.clone(),
            });
            Config::EcsTaskDefinition(Box::new(TaskDefinition {
                family: conv::opt_string(n.get("family"), o),
                // Not written: `bridge` for EC2 Linux tasks (Fargate requires `awsvpc`).
                network_mode: conv::string(n.get("network_mode"), "bridge", o),
                pid_mode: conv::opt_string(n.get("pid_mode"), o),
                ipc_mode: conv::opt_string(n.get("ipc_mode"), o),
                containers: match defs {
                    // Required by the provider: an incomplete configuration.
                    None => Value::unknown("container_definitions is not set", o.clone()),
                    Some(d) => containers(Some(&d), o, false),
                },
                host_volumes: super::aws_platform::ecs_host_volumes(n, o),
            }))
        }
        "aws_secretsmanager_secret" => Config::SecretsManagerSecret(Box::new(Secret {
            name: conv::opt_string(n.get("name").or(n.get("name_prefix")), o),
            rotation: Value::defaulted(false, o.clone()),
            rotation_interval_days: Value::defaulted(None, o.clone()),
            kms_key_id: present(n.get("kms_key_id"), o),
            policy: document(n.get("policy"), o),
            block_public_policy: Value::defaulted(false, o.clone()),
            // Provider docs: 30 days unless written; 0 deletes at once.
            recovery_window_days: super::aws_common::int(n.get("recovery_window_in_days"), 30, o),
            // Joined from `aws_secretsmanager_secret_version` in `aws_storage::join`.
            secret_string: Value::defaulted(None, o.clone()),
        })),
        "aws_api_gateway_stage" | "aws_apigatewayv2_stage" => {
            let rest = r.rtype == "aws_api_gateway_stage";
            Config::ApiGatewayStage(Box::new(Stage {
                name: conv::opt_string(n.get("stage_name").or(n.get("name")), o),
                access_log_destination: match nested(n, "access_log_settings") {
                    Err(u) => unknown_as(u),
                    Ok(Some(b)) => present(b.get("destination_arn"), &b.origin),
                    Ok(None) => Value::defaulted(None, o.clone()),
                },
                rest,
                xray_tracing: if rest {
                    conv::bool(n.get("xray_tracing_enabled"), false, o)
                } else {
                    Value::defaulted(false, o.clone())
                },
                // Terraform writes them as `aws_api_gateway_method_settings` resources.
                method_settings: Vec::new(),
            }))
        }
        // Modelled as a stage of which only these method settings are known.
        "aws_api_gateway_method_settings" => {
            let why = "the stage is declared by aws_api_gateway_stage";
            let setting = match nested(n, "settings") {
                Err(u) => MethodSetting {
                    caching_enabled: unknown_as(u.clone()),
                    cache_data_encrypted: unknown_as(u),
                    origin: o.clone(),
                },
                Ok(Some(b)) => MethodSetting {
                    caching_enabled: conv::bool(b.get("caching_enabled"), false, &b.origin),
                    cache_data_encrypted: conv::bool(
                        b.get("cache_data_encrypted"),
                        false,
                        &b.origin,
                    ),
                    origin: b.origin.clone(),
                },
                Ok(None) => MethodSetting {
                    caching_enabled: Value::defaulted(false, o.clone()),
                    cache_data_encrypted: Value::defaulted(false, o.clone()),
                    origin: o.clone(),
                },
            };
            Config::ApiGatewayStage(Box::new(Stage {
                name: conv::opt_string(n.get("stage_name"), o),
                access_log_destination: Value::unknown(why, o.clone()),
                rest: true,
                xray_tracing: Value::unknown(why, o.clone()),
                method_settings: vec![setting],
            }))
        }
        "aws_api_gateway_method" => Config::ApiGatewayMethod(Box::new(Method {
            http_method: required(conv::opt_string(n.get("http_method"), o), "http_method"),
            // Required by the provider: an incomplete configuration, not a default.
            authorization: required(conv::opt_string(n.get("authorization"), o), "authorization"),
            api_key_required: conv::bool(n.get("api_key_required"), false, o),
        })),
        "aws_api_gateway_domain_name" => Config::ApiGatewayDomainName(Box::new(DomainName {
            domain_name: conv::opt_string(n.get("domain_name"), o),
            // The provider sends nothing when not written, and API Gateway then uses
            // `TLS_1_0` (API reference, CreateDomainName: securityPolicy).
            security_policy: conv::string(n.get("security_policy"), "TLS_1_0", o),
        })),
        "aws_kinesis_stream" => Config::KinesisStream(Box::new(Stream {
            name: conv::opt_string(n.get("name"), o),
            encryption_type: conv::string(n.get("encryption_type"), "NONE", o),
            kms_key_id: present(n.get("kms_key_id"), o),
        })),
        "aws_msk_cluster" => {
            let (client_broker, in_cluster, key) = match nested(n, "encryption_info") {
                Err(u) => (unknown_as(u.clone()), unknown_as(u.clone()), unknown_as(u)),
                Ok(None) => (
                    Value::defaulted("TLS".to_string(), o.clone()),
                    Value::defaulted(true, o.clone()),
                    Value::defaulted(None, o.clone()),
                ),
                Ok(Some(ei)) => {
                    let key = present(ei.get("encryption_at_rest_kms_key_arn"), &ei.origin);
                    match nested(ei, "encryption_in_transit") {
                        Err(u) => (unknown_as(u.clone()), unknown_as(u), key),
                        Ok(None) => (
                            Value::defaulted("TLS".to_string(), ei.origin.clone()),
                            Value::defaulted(true, ei.origin.clone()),
                            key,
                        ),
                        Ok(Some(t)) => (
                            conv::string(t.get("client_broker"), "TLS", &t.origin),
                            conv::bool(t.get("in_cluster"), true, &t.origin),
                            key,
                        ),
                    }
                }
            };
            let public_access = match nested(n, "broker_node_group_info") {
                Err(u) => unknown_as(u),
                Ok(None) => Value::defaulted("DISABLED".to_string(), o.clone()),
                Ok(Some(b)) => match nested(b, "connectivity_info") {
                    Err(u) => unknown_as(u),
                    Ok(None) => Value::defaulted("DISABLED".to_string(), b.origin.clone()),
                    Ok(Some(c)) => match nested(c, "public_access") {
                        Err(u) => unknown_as(u),
                        Ok(None) => Value::defaulted("DISABLED".to_string(), c.origin.clone()),
                        Ok(Some(p)) => conv::string(p.get("type"), "DISABLED", &p.origin),
                    },
                },
            };
            Config::MskCluster(Box::new(MskCluster {
                public_access,
                unauthenticated_access: msk_unauthenticated(n, o),
                broker_logs: msk_broker_logs(n, o),
                name: conv::opt_string(n.get("cluster_name"), o),
                client_broker,
                in_cluster,
                at_rest_kms_key: key,
            }))
        }
        "aws_redshift_cluster" => Config::RedshiftCluster(Box::new(RedshiftCluster {
            identifier: conv::opt_string(n.get("cluster_identifier"), o),
            // Provider v6 defaults (and Redshift's own since January 2025): encrypted, and
            // not publicly accessible. Provider v5 defaulted `publicly_accessible` to true and
            // `encrypted` to false; only written values are reported, so both read the same.
            encrypted: conv::bool(n.get("encrypted"), true, o),
            publicly_accessible: conv::bool(n.get("publicly_accessible"), false, o),
            // The `logging` block of provider v5; v6 uses `aws_redshift_logging` (joined).
            audit_logging: match nested(n, "logging") {
                Err(u) => unknown_as(u),
                Ok(Some(b)) => conv::bool(b.get("enable"), false, &b.origin),
                Ok(None) => Value::defaulted(false, o.clone()),
            },
            enhanced_vpc_routing: conv::bool(n.get("enhanced_vpc_routing"), false, o),
            snapshot_retention_days: super::aws_common::int(
                n.get("automated_snapshot_retention_period"),
                1,
                o,
            ),
            kms_key_id: present(n.get("kms_key_id"), o),
            // Joined with `aws_redshift_parameter_group` in `aws_platform::join`.
            require_ssl: super::aws_platform::redshift_require_ssl(n, o),
            allow_version_upgrade: conv::bool(n.get("allow_version_upgrade"), true, o),
        })),
        "aws_cloudwatch_log_group" => Config::LogGroup(Box::new(LogGroup {
            name: conv::opt_string(n.get("name").or(n.get("name_prefix")), o),
            // 0 (the default) means the events never expire.
            retention_days: conv::opt_int(n.get("retention_in_days"), o)
                .map(|d| d.filter(|d| *d > 0)),
            kms_key_id: present(n.get("kms_key_id"), o),
        })),
        "aws_config_configuration_recorder" => Config::ConfigRecorder(Box::new(Recorder {
            name: conv::opt_string(n.get("name"), o),
            all_supported: match nested(n, "recording_group") {
                Err(u) => unknown_as(u),
                // The provider defaults `all_supported` to true inside the block too.
                Ok(Some(b)) => conv::bool(b.get("all_supported"), true, &b.origin),
                Ok(None) => Value::defaulted(true, o.clone()),
            },
            include_global_resources: match nested(n, "recording_group") {
                Err(u) => unknown_as(u),
                Ok(Some(b)) => conv::bool(b.get("include_global_resource_types"), false, &b.origin),
                Ok(None) => Value::defaulted(false, o.clone()),
            },
        })),
        "aws_guardduty_detector" => Config::GuardDutyDetector(Box::new(Detector {
            enabled: conv::bool(n.get("enable"), true, o),
            s3_protection: super::aws_app::dig_bool(n, &["datasources", "s3_logs", "enable"]),
            eks_audit_logs: super::aws_app::dig_bool(
                n,
                &["datasources", "kubernetes", "audit_logs", "enable"],
            ),
            malware_protection: super::aws_app::dig_bool(
                n,
                &[
                    "datasources",
                    "malware_protection",
                    "scan_ec2_instance_with_findings",
                    "ebs_volumes",
                    "enable",
                ],
            ),
        })),
        "aws_iam_account_password_policy" => Config::PasswordPolicy(Box::new(PasswordPolicy {
            // Not written: the provider sends nothing and IAM applies its default of 8.
            minimum_length: super::aws_common::int(n.get("minimum_password_length"), 8, o),
            reuse_prevention: conv::opt_int(n.get("password_reuse_prevention"), o),
            require_symbols: conv::bool(n.get("require_symbols"), false, o),
            require_numbers: conv::bool(n.get("require_numbers"), false, o),
            require_uppercase: conv::bool(n.get("require_uppercase_characters"), false, o),
            require_lowercase: conv::bool(n.get("require_lowercase_characters"), false, o),
        })),
        "aws_s3_account_public_access_block" => {
            let f = |k: &str| conv::bool(n.get(k), false, o);
            Config::S3AccountPublicAccessBlock(Box::new(S3PublicAccessBlock {
                block_public_acls: f("block_public_acls"),
                block_public_policy: f("block_public_policy"),
                ignore_public_acls: f("ignore_public_acls"),
                restrict_public_buckets: f("restrict_public_buckets"),
            }))
        }
        _ => return None,
    })
}

/// Whether an MSK cluster lets clients in without authenticating: `unauthenticated = true`,
/// or a `client_authentication` that configures neither SASL nor TLS (or none at all: MSK
/// then allows unauthenticated access).
fn msk_unauthenticated(n: &Node, o: &parapet_model::Origin) -> Value<bool> {
    let ca = match nested(n, "client_authentication") {
        Err(u) => return unknown_as(u),
        Ok(None) => return Value::defaulted(true, o.clone()),
        Ok(Some(ca)) => ca,
    };
    let unauth = conv::bool(ca.get("unauthenticated"), false, &ca.origin);
    if unauth.get() == Some(&true) {
        return unauth;
    }
    let sasl = match nested(ca, "sasl") {
        Err(u) => return unknown_as(u),
        Ok(None) => Value::defaulted(false, ca.origin.clone()),
        Ok(Some(s)) => {
            let iam = conv::bool(s.get("iam"), false, &s.origin);
            let scram = conv::bool(s.get("scram"), false, &s.origin);
            match (iam.get(), scram.get()) {
                (Some(true), _) | (_, Some(true)) => Value::explicit(true, s.origin.clone()),
                (Some(false), Some(false)) => Value::explicit(false, s.origin.clone()),
                _ => Value::unknown("whether SASL is on is not known", s.origin.clone()),
            }
        }
    };
    let tls = match nested(ca, "tls") {
        Err(u) => return unknown_as(u),
        Ok(None) => Value::defaulted(false, ca.origin.clone()),
        Ok(Some(t)) => {
            let cas = super::aws_common::present(t.get("certificate_authority_arns"), &t.origin);
            match t.get("certificate_authority_arns").map(|x| &x.v) {
                Some(Dyn::List(l)) => Value::explicit(!l.is_empty(), t.origin.clone()),
                Some(Dyn::Unknown(_)) => cas.map(|c| c.is_some()),
                _ => Value::explicit(false, t.origin.clone()),
            }
        }
    };
    match (unauth.get(), sasl.get(), tls.get()) {
        (_, Some(true), _) | (_, _, Some(true)) => Value::explicit(false, ca.origin.clone()),
        (Some(false), Some(false), Some(false)) => Value::explicit(true, ca.origin.clone()),
        _ => Value::unknown(
            "the client authentication settings are not known",
            ca.origin.clone(),
        ),
    }
}

/// Whether an MSK cluster delivers its broker logs to CloudWatch Logs, Firehose or S3.
fn msk_broker_logs(n: &Node, o: &parapet_model::Origin) -> Value<bool> {
    let li = match nested(n, "logging_info") {
        Err(u) => return unknown_as(u),
        Ok(None) => return Value::defaulted(false, o.clone()),
        Ok(Some(li)) => li,
    };
    let bl = match nested(li, "broker_logs") {
        Err(u) => return unknown_as(u),
        Ok(None) => return Value::defaulted(false, li.origin.clone()),
        Ok(Some(bl)) => bl,
    };
    let mut unknown = None;
    for k in ["cloudwatch_logs", "firehose", "s3"] {
        match nested(bl, k) {
            Err(u) => unknown = Some(unknown_as(u)),
            Ok(None) => {}
            Ok(Some(d)) => match conv::bool(d.get("enabled"), false, &d.origin) {
                v if v.get() == Some(&true) => return v,
                v if !v.is_known() => unknown = Some(v),
                _ => {}
            },
        }
    }
    unknown.unwrap_or_else(|| Value::explicit(false, bl.origin.clone()))
}

/// Joins `aws_ecr_repository_policy`, `aws_secretsmanager_secret_rotation` and
/// `aws_redshift_logging` into the resources they configure.
pub(crate) fn join(raw: &[RawResource], out: &mut [Resource], edges: &mut Vec<Edge>) {
    let repos = super::of_types(raw, &["aws_ecr_repository"]);
    let secrets = super::of_types(raw, &["aws_secretsmanager_secret"]);
    let clusters = super::of_types(raw, &["aws_redshift_cluster"]);
    let detectors = super::of_types(raw, &["aws_guardduty_detector"]);
    for (i, r) in raw.iter().enumerate() {
        let ts = match r.rtype.as_str() {
            "aws_ecr_repository_policy" => targets(r, "repository", &repos, "name"),
            "aws_secretsmanager_secret_rotation" => targets(r, "secret_id", &secrets, "name"),
            "aws_redshift_logging" => {
                targets(r, "cluster_identifier", &clusters, "cluster_identifier")
            }
            "aws_guardduty_detector_feature" => targets(r, "detector_id", &detectors, "id"),
            _ => continue,
        };
        for t in ts {
            match &mut out[t].config {
                Config::EcrRepository(x) => x.policy = document(r.node.get("policy"), &r.origin),
                Config::SecretsManagerSecret(x) => {
                    x.rotation = Value::explicit(true, r.origin.clone());
                    x.rotation_interval_days = match block(&r.node, "rotation_rules") {
                        Some(b) => rotation_interval(
                            conv::opt_int(b.get("automatically_after_days"), &b.origin),
                            conv::opt_string(b.get("schedule_expression"), &b.origin),
                        ),
                        None => {
                            Value::unknown("the rotation rules are not known", r.origin.clone())
                        }
                    };
                }
                Config::RedshiftCluster(x) => {
                    x.audit_logging = Value::explicit(true, r.origin.clone())
                }
                Config::GuardDutyDetector(x) => super::aws_app::detector_feature(x, &r.node),
                _ => continue,
            }
            edges.push(Edge {
                from: i,
                to: t,
                kind: EdgeKind::Attaches,
            });
        }
    }
}
