//! ECR, ECS, Secrets Manager, API Gateway (with SAM `Api` / `HttpApi`), Kinesis, MSK,
//! Redshift, CloudWatch Logs, AWS Config and GuardDuty resources → their `aws::*` model types.

use super::aws_common::{present, prop};
use super::aws_iam::document;
use crate::eval::Evaluated;
use parapet_model::aws::apigateway::{DomainName, Method, MethodSetting, Stage};
use parapet_model::aws::config::Recorder;
use parapet_model::aws::ecr::Repository;
use parapet_model::aws::ecs::{containers, TaskDefinition};
use parapet_model::aws::guardduty::Detector;
use parapet_model::aws::kinesis::Stream;
use parapet_model::aws::logs::LogGroup;
use parapet_model::aws::msk::Cluster as MskCluster;
use parapet_model::aws::redshift::Cluster as RedshiftCluster;
use parapet_model::aws::secretsmanager::Secret;
use parapet_model::{conv, Config, Dyn, Node, Origin, Value};

/// A nested property that is written (not null); an unknown one is returned as is.
fn sub(p: &Node, key: &str) -> Option<Node> {
    prop(p, key).filter(|x| !x.is_null())
}

fn unknown_of<T>(n: &Node) -> Option<Value<T>> {
    match &n.v {
        Dyn::Unknown(u) => Some(Value::unknown(u.reason.clone(), n.origin.clone())),
        _ => None,
    }
}

fn stage_log(p: &Node, key: &str, o: &Origin) -> Value<Option<String>> {
    match sub(p, key) {
        None => Value::defaulted(None, o.clone()),
        Some(s) => unknown_of(&s).unwrap_or_else(|| present(&s, "DestinationArn", &s.origin)),
    }
}

pub(crate) fn config(ev: &Evaluated) -> Option<Config> {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    Some(match ev.ty.as_str() {
        "AWS::ECR::Repository" => Config::EcrRepository(Box::new(Repository {
            name: conv::opt_string(g("RepositoryName").as_ref(), o),
            scan_on_push: match sub(p, "ImageScanningConfiguration") {
                None => Value::defaulted(false, o.clone()),
                Some(s) => unknown_of(&s).unwrap_or_else(|| {
                    conv::bool(prop(&s, "ScanOnPush").as_ref(), false, &s.origin)
                }),
            },
            image_tag_mutability: conv::string(g("ImageTagMutability").as_ref(), "MUTABLE", o),
            policy: document(g("RepositoryPolicyText"), o),
            encryption_type: match sub(p, "EncryptionConfiguration") {
                None => Value::defaulted("AES256".into(), o.clone()),
                Some(e) => unknown_of(&e).unwrap_or_else(|| {
                    conv::string(prop(&e, "EncryptionType").as_ref(), "AES256", &e.origin)
                }),
            },
        })),
        "AWS::ECS::TaskDefinition" => Config::EcsTaskDefinition(Box::new(TaskDefinition {
            family: conv::opt_string(g("Family").as_ref(), o),
            // Not written: `bridge` for EC2 Linux tasks (Fargate requires `awsvpc`).
            network_mode: conv::string(g("NetworkMode").as_ref(), "bridge", o),
            pid_mode: conv::opt_string(g("PidMode").as_ref(), o),
            ipc_mode: conv::opt_string(g("IpcMode").as_ref(), o),
            containers: containers(g("ContainerDefinitions").as_ref(), o, true),
            host_volumes: super::aws_platform::ecs_host_volumes(p, o),
        })),
        "AWS::SecretsManager::Secret" => Config::SecretsManagerSecret(Box::new(Secret {
            name: conv::opt_string(g("Name").as_ref(), o),
            // Joined with `AWS::SecretsManager::RotationSchedule` in `adapt::build`.
            rotation: Value::defaulted(false, o.clone()),
            rotation_interval_days: Value::defaulted(None, o.clone()),
            kms_key_id: present(p, "KmsKeyId", o),
            // Joined with `AWS::SecretsManager::ResourcePolicy` in `aws_storage::join`.
            policy: Value::defaulted(None, o.clone()),
            block_public_policy: Value::defaulted(false, o.clone()),
            recovery_window_days: Value::unknown(
                "CloudFormation has no recovery window property",
                o.clone(),
            ),
            secret_string: conv::opt_string(g("SecretString").as_ref(), o),
        })),
        "AWS::ApiGateway::Stage" => Config::ApiGatewayStage(Box::new(Stage {
            name: conv::opt_string(g("StageName").as_ref(), o),
            access_log_destination: stage_log(p, "AccessLogSetting", o),
            rest: true,
            xray_tracing: conv::bool(g("TracingEnabled").as_ref(), false, o),
            method_settings: method_settings(p),
        })),
        "AWS::ApiGatewayV2::Stage" => Config::ApiGatewayStage(Box::new(Stage {
            name: conv::opt_string(g("StageName").as_ref(), o),
            access_log_destination: stage_log(p, "AccessLogSettings", o),
            rest: false,
            xray_tracing: Value::defaulted(false, o.clone()),
            method_settings: Vec::new(),
        })),
        // SAM creates a stage for each API (`StageName`, required for `Api`; `$default` for
        // an `HttpApi` without one), with the API's access log setting.
        "AWS::Serverless::Api" => Config::ApiGatewayStage(Box::new(Stage {
            name: conv::opt_string(g("StageName").as_ref(), o),
            access_log_destination: stage_log(p, "AccessLogSetting", o),
            rest: true,
            xray_tracing: conv::bool(g("TracingEnabled").as_ref(), false, o),
            method_settings: method_settings(p),
        })),
        "AWS::Serverless::HttpApi" => Config::ApiGatewayStage(Box::new(Stage {
            name: conv::opt_string(g("StageName").as_ref(), o),
            access_log_destination: stage_log(p, "AccessLogSettings", o),
            rest: false,
            xray_tracing: Value::defaulted(false, o.clone()),
            method_settings: Vec::new(),
        })),
        "AWS::ApiGateway::Method" => Config::ApiGatewayMethod(Box::new(Method {
            http_method: super::required(
                conv::opt_string(g("HttpMethod").as_ref(), o),
                "HttpMethod",
            ),
            // Not written: `NONE` (AWS::ApiGateway::Method, AuthorizationType).
            authorization: conv::string(g("AuthorizationType").as_ref(), "NONE", o),
            api_key_required: conv::bool(g("ApiKeyRequired").as_ref(), false, o),
        })),
        "AWS::ApiGateway::DomainName" => Config::ApiGatewayDomainName(Box::new(DomainName {
            domain_name: conv::opt_string(g("DomainName").as_ref(), o),
            // Not written: API Gateway uses `TLS_1_0` (CreateDomainName: securityPolicy).
            security_policy: conv::string(g("SecurityPolicy").as_ref(), "TLS_1_0", o),
        })),
        "AWS::Kinesis::Stream" => Config::KinesisStream(Box::new(Stream {
            name: conv::opt_string(g("Name").as_ref(), o),
            // "Removing this property from your stack template and updating your stack
            // disables encryption" (AWS::Kinesis::Stream, StreamEncryption).
            encryption_type: match sub(p, "StreamEncryption") {
                None => Value::defaulted("NONE".into(), o.clone()),
                Some(s) => unknown_of(&s).unwrap_or_else(|| {
                    conv::string(prop(&s, "EncryptionType").as_ref(), "NONE", &s.origin)
                }),
            },
            kms_key_id: match sub(p, "StreamEncryption") {
                None => Value::defaulted(None, o.clone()),
                Some(s) => unknown_of(&s).unwrap_or_else(|| present(&s, "KeyId", &s.origin)),
            },
        })),
        "AWS::MSK::Cluster" => {
            let ei = sub(p, "EncryptionInfo");
            let transit = ei.as_ref().and_then(|e| sub(e, "EncryptionInTransit"));
            let at_rest = ei.as_ref().and_then(|e| sub(e, "EncryptionAtRest"));
            let t_origin = transit
                .as_ref()
                .map(|t| t.origin.clone())
                .or_else(|| ei.as_ref().map(|e| e.origin.clone()))
                .unwrap_or_else(|| o.clone());
            let public_access = {
                let mut at = sub(p, "BrokerNodeGroupInfo");
                let mut last = o.clone();
                for k in ["ConnectivityInfo", "PublicAccess"] {
                    at = at.and_then(|n| {
                        last = n.origin.clone();
                        match n.v {
                            Dyn::Unknown(_) => Some(n),
                            _ => sub(&n, k),
                        }
                    });
                }
                match at {
                    None => Value::defaulted("DISABLED".to_string(), last),
                    Some(pa) => unknown_of(&pa).unwrap_or_else(|| {
                        conv::string(prop(&pa, "Type").as_ref(), "DISABLED", &pa.origin)
                    }),
                }
            };
            Config::MskCluster(Box::new(MskCluster {
                public_access,
                unauthenticated_access: msk_unauthenticated(p, o),
                broker_logs: msk_broker_logs(p, o),
                name: conv::opt_string(g("ClusterName").as_ref(), o),
                client_broker: conv::string(
                    transit
                        .as_ref()
                        .and_then(|t| prop(t, "ClientBroker"))
                        .as_ref(),
                    "TLS",
                    &t_origin,
                ),
                in_cluster: conv::bool(
                    transit.as_ref().and_then(|t| prop(t, "InCluster")).as_ref(),
                    true,
                    &t_origin,
                ),
                at_rest_kms_key: match at_rest {
                    None => Value::defaulted(None, o.clone()),
                    Some(a) => unknown_of(&a)
                        .unwrap_or_else(|| present(&a, "DataVolumeKMSKeyId", &a.origin)),
                },
            }))
        }
        "AWS::Redshift::Cluster" => Config::RedshiftCluster(Box::new(RedshiftCluster {
            identifier: conv::opt_string(g("ClusterIdentifier").as_ref(), o),
            // Redshift's defaults since January 2025: encrypted, not publicly accessible.
            encrypted: conv::bool(g("Encrypted").as_ref(), true, o),
            publicly_accessible: conv::bool(g("PubliclyAccessible").as_ref(), false, o),
            audit_logging: match sub(p, "LoggingProperties") {
                None => Value::defaulted(false, o.clone()),
                Some(l) => {
                    unknown_of(&l).unwrap_or_else(|| Value::explicit(true, l.origin.clone()))
                }
            },
            enhanced_vpc_routing: conv::bool(g("EnhancedVpcRouting").as_ref(), false, o),
            snapshot_retention_days: super::aws_common::int(
                g("AutomatedSnapshotRetentionPeriod").as_ref(),
                1,
                o,
            ),
            kms_key_id: present(p, "KmsKeyId", o),
            // Joined with `AWS::Redshift::ClusterParameterGroup` in `aws_platform::join`.
            require_ssl: super::aws_platform::redshift_require_ssl(p, o),
            allow_version_upgrade: conv::bool(g("AllowVersionUpgrade").as_ref(), true, o),
        })),
        "AWS::Logs::LogGroup" => Config::LogGroup(Box::new(LogGroup {
            name: conv::opt_string(g("LogGroupName").as_ref(), o),
            retention_days: conv::opt_int(g("RetentionInDays").as_ref(), o),
            kms_key_id: present(p, "KmsKeyId", o),
        })),
        "AWS::Config::ConfigurationRecorder" => Config::ConfigRecorder(Box::new(Recorder {
            name: conv::opt_string(g("Name").as_ref(), o),
            all_supported: match sub(p, "RecordingGroup") {
                // Without a recording group AWS Config records every supported type.
                None => Value::defaulted(true, o.clone()),
                Some(rg) => unknown_of(&rg).unwrap_or_else(|| recording_all(&rg)),
            },
            include_global_resources: match sub(p, "RecordingGroup") {
                None => Value::defaulted(false, o.clone()),
                Some(rg) => unknown_of(&rg).unwrap_or_else(|| {
                    conv::bool(
                        prop(&rg, "IncludeGlobalResourceTypes").as_ref(),
                        false,
                        &rg.origin,
                    )
                }),
            },
        })),
        "AWS::GuardDuty::Detector" => Config::GuardDutyDetector(Box::new(Detector {
            enabled: match g("Enable") {
                // Required: an incomplete template, not a default.
                None => Value::unknown("Enable is not set", o.clone()),
                Some(e) => conv::bool(Some(&e), true, o),
            },
            s3_protection: super::aws_app::feature(p, "S3_DATA_EVENTS", &["S3Logs", "Enable"]),
            eks_audit_logs: super::aws_app::feature(
                p,
                "EKS_AUDIT_LOGS",
                &["Kubernetes", "AuditLogs", "Enable"],
            ),
            malware_protection: super::aws_app::feature(
                p,
                "EBS_MALWARE_PROTECTION",
                &[
                    "MalwareProtection",
                    "ScanEc2InstanceWithFindings",
                    "EbsVolumes",
                ],
            ),
        })),
        _ => return None,
    })
}

/// An `Enabled` flag inside an optional property: false when the property is not written.
fn enabled_in(p: &Node, key: &str) -> Value<bool> {
    match sub(p, key) {
        None => Value::defaulted(false, p.origin.clone()),
        Some(b) => unknown_of(&b)
            .unwrap_or_else(|| conv::bool(prop(&b, "Enabled").as_ref(), false, &b.origin)),
    }
}

/// Whether an MSK cluster lets clients in without authenticating: `Unauthenticated.Enabled`,
/// or a `ClientAuthentication` that turns on neither SASL nor TLS (or none at all: MSK then
/// allows unauthenticated access).
fn msk_unauthenticated(p: &Node, o: &Origin) -> Value<bool> {
    let Some(ca) = sub(p, "ClientAuthentication") else {
        return Value::defaulted(true, o.clone());
    };
    if let Some(u) = unknown_of(&ca) {
        return u;
    }
    let unauth = enabled_in(&ca, "Unauthenticated");
    if unauth.get() == Some(&true) {
        return unauth;
    }
    let sasl = match sub(&ca, "Sasl") {
        None => Value::defaulted(false, ca.origin.clone()),
        Some(s) => unknown_of(&s).unwrap_or_else(|| {
            let (iam, scram) = (enabled_in(&s, "Iam"), enabled_in(&s, "Scram"));
            match (iam.get(), scram.get()) {
                (Some(true), _) | (_, Some(true)) => Value::explicit(true, s.origin.clone()),
                (Some(false), Some(false)) => Value::explicit(false, s.origin.clone()),
                _ => Value::unknown("whether SASL is on is not known", s.origin.clone()),
            }
        }),
    };
    let tls = match sub(&ca, "Tls") {
        None => Value::defaulted(false, ca.origin.clone()),
        Some(t) => unknown_of(&t).unwrap_or_else(|| match prop(&t, "Enabled") {
            Some(e) => conv::bool(Some(&e), false, &t.origin),
            // Without `Enabled`, a list of certificate authorities turns TLS on.
            None => match prop(&t, "CertificateAuthorityArnList").map(|l| l.v) {
                Some(Dyn::List(l)) => Value::explicit(!l.is_empty(), t.origin.clone()),
                Some(Dyn::Unknown(u)) => Value::unknown(u.reason, t.origin.clone()),
                _ => Value::explicit(false, t.origin.clone()),
            },
        }),
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
fn msk_broker_logs(p: &Node, o: &Origin) -> Value<bool> {
    let Some(li) = sub(p, "LoggingInfo") else {
        return Value::defaulted(false, o.clone());
    };
    if let Some(u) = unknown_of(&li) {
        return u;
    }
    let Some(bl) = sub(&li, "BrokerLogs") else {
        return Value::defaulted(false, li.origin.clone());
    };
    if let Some(u) = unknown_of(&bl) {
        return u;
    }
    let mut unknown = None;
    for k in ["CloudWatchLogs", "Firehose", "S3"] {
        match enabled_in(&bl, k) {
            v if v.get() == Some(&true) => return v,
            v if !v.is_known() => unknown = Some(v),
            _ => {}
        }
    }
    unknown.unwrap_or_else(|| Value::explicit(false, bl.origin.clone()))
}

/// Whether a written recording group records every supported type: `AllSupported`, or a
/// `RecordingStrategy.UseOnly` of `ALL_SUPPORTED_RESOURCE_TYPES`. A group with neither lists
/// resource types (or exclusions) and is unknown when it says nothing at all.
fn recording_all(rg: &Node) -> Value<bool> {
    if let Some(a) = prop(rg, "AllSupported") {
        return conv::bool(Some(&a), false, &rg.origin);
    }
    if let Some(s) = sub(rg, "RecordingStrategy") {
        if let Some(u) = unknown_of(&s) {
            return u;
        }
        let use_only = conv::opt_string(prop(&s, "UseOnly").as_ref(), &s.origin);
        return use_only.map(|u| u.as_deref() == Some("ALL_SUPPORTED_RESOURCE_TYPES"));
    }
    if prop(rg, "ResourceTypes").is_some() {
        return Value::explicit(false, rg.origin.clone());
    }
    Value::unknown(
        "the recording group names neither AllSupported nor a recording strategy",
        rg.origin.clone(),
    )
}

/// A REST stage's `MethodSettings` (the caching part).
fn method_settings(p: &Node) -> Vec<MethodSetting> {
    let Some(list) = sub(p, "MethodSettings") else {
        return Vec::new();
    };
    let items: Vec<Node> = match &list.v {
        Dyn::List(l) => l.clone(),
        _ => vec![list.clone()],
    };
    items
        .iter()
        .map(|m| match unknown_of::<bool>(m) {
            Some(u) => MethodSetting {
                caching_enabled: u.clone(),
                cache_data_encrypted: u,
                origin: m.origin.clone(),
            },
            None => MethodSetting {
                caching_enabled: conv::bool(prop(m, "CachingEnabled").as_ref(), false, &m.origin),
                cache_data_encrypted: conv::bool(
                    prop(m, "CacheDataEncrypted").as_ref(),
                    false,
                    &m.origin,
                ),
                origin: m.origin.clone(),
            },
        })
        .collect()
}
