//! DocumentDB, Neptune, DMS, SageMaker (notebook instances, endpoint configurations), Amazon
//! MQ, MWAA, Batch, EMR, Elastic Beanstalk, RDS Proxy, Firehose, EKS node groups, ECS services
//! and Lambda layer permissions → their `aws::*` model types; the host volumes of ECS task
//! definitions; the joins of `AWS::Redshift::ClusterParameterGroup` and
//! `AWS::DocDB::DBClusterParameterGroup` into the clusters that use them.

use super::aws_common::{bool_or_inherited, inherited_from, int, present, prop};
use super::{target_of, unknown_reason};
use crate::eval::{Ctx, Evaluated};
use parapet_model::aws::batch::JobDefinition;
use parapet_model::aws::dms::{Endpoint, ReplicationInstance};
use parapet_model::aws::docdb::Cluster as DocDbCluster;
use parapet_model::aws::ecs::{HostVolume, Service};
use parapet_model::aws::eks::NodeGroup;
use parapet_model::aws::elasticbeanstalk::Environment as EbEnvironment;
use parapet_model::aws::emr::Cluster as EmrCluster;
use parapet_model::aws::kinesis::DeliveryStream;
use parapet_model::aws::lambda::{id_list, LayerPermission};
use parapet_model::aws::mq::Broker;
use parapet_model::aws::mwaa::Environment;
use parapet_model::aws::neptune::Cluster as NeptuneCluster;
use parapet_model::aws::rds::DbProxy;
use parapet_model::aws::sagemaker::{EndpointConfig, Model, NotebookInstance};
use parapet_model::{conv, Config, Dyn, Node, Origin, Value};

/// The resource types this module adapts.
pub(crate) const TYPES: &[&str] = &[
    "AWS::DocDB::DBCluster",
    "AWS::Neptune::DBCluster",
    "AWS::DMS::ReplicationInstance",
    "AWS::DMS::Endpoint",
    "AWS::SageMaker::NotebookInstance",
    "AWS::AmazonMQ::Broker",
    "AWS::MWAA::Environment",
    "AWS::Batch::JobDefinition",
    "AWS::EMR::Cluster",
    "AWS::RDS::DBProxy",
    "AWS::KinesisFirehose::DeliveryStream",
    "AWS::EKS::Nodegroup",
    "AWS::ECS::Service",
    "AWS::Lambda::LayerVersionPermission",
    "AWS::SageMaker::EndpointConfig",
    "AWS::ElasticBeanstalk::Environment",
    "AWS::SageMaker::Model",
];

/// A written (not null) nested property.
fn sub(p: &Node, key: &str) -> Option<Node> {
    prop(p, key).filter(|x| !x.is_null())
}

/// A setting inside an optional property: `inside` when it is written, `absent` when it is
/// not, unknown when the property itself is.
fn in_prop<T>(
    p: &Node,
    key: &str,
    o: &Origin,
    absent: impl FnOnce(&Origin) -> Value<T>,
    inside: impl FnOnce(&Node) -> Value<T>,
) -> Value<T> {
    match sub(p, key) {
        None => absent(o),
        Some(b) => match unknown_reason(&b) {
            Some(r) => Value::unknown(r, b.origin.clone()),
            None => inside(&b),
        },
    }
}

pub(crate) fn config(ev: &Evaluated) -> Config {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    match ev.ty.as_str() {
        "AWS::DocDB::DBCluster" => {
            let inherits = inherited_from(p, &["SnapshotIdentifier", "SourceDBClusterIdentifier"]);
            Config::DocDbCluster(Box::new(DocDbCluster {
                identifier: conv::opt_string(g("DBClusterIdentifier").as_ref(), o),
                storage_encrypted: bool_or_inherited(
                    g("StorageEncrypted").as_ref(),
                    false,
                    inherits.as_deref(),
                    o,
                ),
                enabled_cloudwatch_logs_exports: conv::strings(
                    g("EnableCloudwatchLogsExports").as_ref(),
                    o,
                ),
                deletion_protection: conv::bool(g("DeletionProtection").as_ref(), false, o),
                backup_retention_period: int(g("BackupRetentionPeriod").as_ref(), 1, o),
                // Joined with `AWS::DocDB::DBClusterParameterGroup` in `join`.
                tls_enabled: parapet_model::aws::by_parameter_group_name(
                    prop(p, "DBClusterParameterGroupName").as_ref(),
                    true,
                    o,
                    ELSEWHERE,
                ),
            }))
        }
        "AWS::Neptune::DBCluster" => {
            let inherits = inherited_from(p, &["SnapshotIdentifier", "SourceDBClusterIdentifier"]);
            Config::NeptuneCluster(Box::new(NeptuneCluster {
                identifier: conv::opt_string(g("DBClusterIdentifier").as_ref(), o),
                storage_encrypted: bool_or_inherited(
                    g("StorageEncrypted").as_ref(),
                    false,
                    inherits.as_deref(),
                    o,
                ),
                iam_database_authentication: conv::bool(g("IamAuthEnabled").as_ref(), false, o),
                enabled_cloudwatch_logs_exports: conv::strings(
                    g("EnableCloudwatchLogsExports").as_ref(),
                    o,
                ),
                deletion_protection: conv::bool(g("DeletionProtection").as_ref(), false, o),
                backup_retention_period: int(g("BackupRetentionPeriod").as_ref(), 1, o),
            }))
        }
        "AWS::DMS::ReplicationInstance" => {
            Config::DmsReplicationInstance(Box::new(ReplicationInstance {
                identifier: conv::opt_string(g("ReplicationInstanceIdentifier").as_ref(), o),
                // CreateReplicationInstance: "The default value is true."
                publicly_accessible: conv::bool(g("PubliclyAccessible").as_ref(), true, o),
                // CreateReplicationInstance: AutoMinorVersionUpgrade defaults to true.
                auto_minor_version_upgrade: conv::bool(
                    g("AutoMinorVersionUpgrade").as_ref(),
                    true,
                    o,
                ),
            }))
        }
        "AWS::DMS::Endpoint" => Config::DmsEndpoint(Box::new(Endpoint {
            identifier: conv::opt_string(g("EndpointIdentifier").as_ref(), o),
            engine: conv::opt_string(g("EngineName").as_ref(), o),
            ssl_mode: conv::string(g("SslMode").as_ref(), "none", o),
        })),
        "AWS::SageMaker::NotebookInstance" => {
            Config::SageMakerNotebookInstance(Box::new(NotebookInstance {
                name: conv::opt_string(g("NotebookInstanceName").as_ref(), o),
                direct_internet_access: conv::string(
                    g("DirectInternetAccess").as_ref(),
                    "Enabled",
                    o,
                ),
                root_access: conv::string(g("RootAccess").as_ref(), "Enabled", o),
                kms_key_id: present(p, "KmsKeyId", o),
            }))
        }
        "AWS::AmazonMQ::Broker" => {
            let log = |k: &str| {
                in_prop(
                    p,
                    "Logs",
                    o,
                    |o| Value::defaulted(false, o.clone()),
                    |b| conv::bool(prop(b, k).as_ref(), false, &b.origin),
                )
            };
            Config::MqBroker(Box::new(Broker {
                name: conv::opt_string(g("BrokerName").as_ref(), o),
                engine: conv::opt_string(g("EngineType").as_ref(), o),
                publicly_accessible: match g("PubliclyAccessible") {
                    // Required: an incomplete template, not a default.
                    None => Value::unknown("PubliclyAccessible is not set", o.clone()),
                    x => conv::bool(x.as_ref(), false, o),
                },
                general_logs: log("General"),
                audit_logs: log("Audit"),
                aws_owned_key: in_prop(
                    p,
                    "EncryptionOptions",
                    o,
                    |o| Value::defaulted(true, o.clone()),
                    |b| conv::bool(prop(b, "UseAwsOwnedKey").as_ref(), true, &b.origin),
                ),
                auto_minor_version_upgrade: match g("AutoMinorVersionUpgrade") {
                    None => Value::unknown(
                        "AutoMinorVersionUpgrade is not written and its default is not documented",
                        o.clone(),
                    ),
                    x => conv::bool(x.as_ref(), false, o),
                },
            }))
        }
        "AWS::MWAA::Environment" => Config::MwaaEnvironment(Box::new(Environment {
            name: conv::opt_string(g("Name").as_ref(), o),
            webserver_access_mode: conv::string(
                g("WebserverAccessMode").as_ref(),
                "PRIVATE_ONLY",
                o,
            ),
        })),
        "AWS::Batch::JobDefinition" => Config::BatchJobDefinition(Box::new(JobDefinition {
            name: conv::opt_string(g("JobDefinitionName").as_ref(), o),
            job_type: conv::opt_string(g("Type").as_ref(), o),
            privileged: in_prop(
                p,
                "ContainerProperties",
                o,
                |o| Value::defaulted(false, o.clone()),
                |c| conv::bool(prop(c, "Privileged").as_ref(), false, &c.origin),
            ),
        })),
        "AWS::EMR::Cluster" => Config::EmrCluster(Box::new(EmrCluster {
            name: conv::opt_string(g("Name").as_ref(), o),
            security_configuration: present(p, "SecurityConfiguration", o),
        })),
        "AWS::RDS::DBProxy" => Config::RdsDbProxy(Box::new(DbProxy {
            name: conv::opt_string(g("DBProxyName").as_ref(), o),
            require_tls: conv::bool(g("RequireTLS").as_ref(), false, o),
        })),
        "AWS::KinesisFirehose::DeliveryStream" => {
            Config::FirehoseDeliveryStream(Box::new(DeliveryStream {
                name: conv::opt_string(g("DeliveryStreamName").as_ref(), o),
                direct_put: conv::string(g("DeliveryStreamType").as_ref(), "DirectPut", o)
                    .map(|t| t == "DirectPut"),
                // The key type inside is required: a written input turns encryption on.
                server_side_encryption: in_prop(
                    p,
                    "DeliveryStreamEncryptionConfigurationInput",
                    o,
                    |o| Value::defaulted(false, o.clone()),
                    |b| Value::explicit(true, b.origin.clone()),
                ),
                key_type: in_prop(
                    p,
                    "DeliveryStreamEncryptionConfigurationInput",
                    o,
                    |o| Value::defaulted(None, o.clone()),
                    |b| conv::opt_string(prop(b, "KeyType").as_ref(), &b.origin),
                ),
            }))
        }
        "AWS::EKS::Nodegroup" => {
            let (ssh_key, ssh_source_security_groups) = match sub(p, "RemoteAccess") {
                None => (
                    Value::defaulted(None, o.clone()),
                    Value::defaulted(Vec::new(), o.clone()),
                ),
                Some(b) => match unknown_reason(&b) {
                    Some(r) => (
                        Value::unknown(r.clone(), b.origin.clone()),
                        Value::unknown(r, b.origin.clone()),
                    ),
                    None => (
                        present(&b, "Ec2SshKey", &b.origin),
                        id_list(prop(&b, "SourceSecurityGroups").as_ref(), &b.origin),
                    ),
                },
            };
            Config::EksNodeGroup(Box::new(NodeGroup {
                name: conv::opt_string(g("NodegroupName").as_ref(), o),
                ssh_key,
                ssh_source_security_groups,
            }))
        }
        "AWS::ECS::Service" => Config::EcsService(Box::new(Service {
            name: conv::opt_string(g("ServiceName").as_ref(), o),
            assign_public_ip: in_prop(
                p,
                "NetworkConfiguration",
                o,
                |o| Value::defaulted(false, o.clone()),
                |nc| {
                    in_prop(
                        nc,
                        "AwsvpcConfiguration",
                        &nc.origin,
                        |o| Value::defaulted(false, o.clone()),
                        |a| {
                            conv::string(prop(a, "AssignPublicIp").as_ref(), "DISABLED", &a.origin)
                                .map(|s| s.eq_ignore_ascii_case("ENABLED"))
                        },
                    )
                },
            ),
        })),
        "AWS::Lambda::LayerVersionPermission" => {
            Config::LambdaLayerPermission(Box::new(LayerPermission {
                principal: super::required(
                    conv::opt_string(g("Principal").as_ref(), o),
                    "Principal",
                ),
                organization_id: conv::opt_string(g("OrganizationId").as_ref(), o),
            }))
        }
        "AWS::SageMaker::EndpointConfig" => {
            Config::SageMakerEndpointConfig(Box::new(EndpointConfig {
                name: conv::opt_string(g("EndpointConfigName").as_ref(), o),
                kms_key_id: present(p, "KmsKeyId", o),
            }))
        }
        "AWS::SageMaker::Model" => Config::SageMakerModel(Box::new(Model {
            name: conv::opt_string(g("ModelName").as_ref(), o),
            network_isolation: conv::bool(g("EnableNetworkIsolation").as_ref(), false, o),
        })),
        "AWS::ElasticBeanstalk::Environment" => {
            Config::ElasticBeanstalkEnvironment(Box::new(EbEnvironment {
                name: conv::opt_string(g("EnvironmentName").as_ref(), o),
                managed_actions: eb_option(
                    p,
                    "aws:elasticbeanstalk:managedactions",
                    "ManagedActionsEnabled",
                    o,
                ),
            }))
        }
        _ => Config::Unmodelled,
    }
}

/// A boolean option setting of an Elastic Beanstalk environment (`OptionSettings`): `None`
/// when no entry sets it; unknown when the list or an entry's namespace or name is unresolved.
fn eb_option(p: &Node, namespace: &str, name: &str, o: &Origin) -> Value<Option<bool>> {
    let Some(list) = sub(p, "OptionSettings") else {
        return Value::defaulted(None, o.clone());
    };
    let items = match &list.v {
        Dyn::List(items) => items,
        _ => {
            return Value::unknown(
                unknown_reason(&list).unwrap_or_else(|| "OptionSettings is not a list".into()),
                list.origin.clone(),
            )
        }
    };
    let mut found = Value::defaulted(None, o.clone());
    for s in items {
        if let Some(r) = unknown_reason(s) {
            if !found.is_explicit() {
                found = Value::unknown(r, s.origin.clone());
            }
            continue;
        }
        let ns = conv::opt_string(prop(s, "Namespace").as_ref(), &s.origin);
        let nm = conv::opt_string(prop(s, "OptionName").as_ref(), &s.origin);
        match (ns.get(), nm.get()) {
            (Some(Some(a)), Some(Some(b))) if a == namespace && b == name => {
                found = conv::bool(prop(s, "Value").as_ref(), false, &s.origin).map(Some);
            }
            (Some(_), Some(_)) => {}
            _ => {
                if !found.is_explicit() {
                    found =
                        Value::unknown("an option setting's name is not known", s.origin.clone());
                }
            }
        }
    }
    found
}

/// `require_ssl` of a Redshift cluster as far as the cluster itself tells; a group declared
/// beside it is read in [`join`].
pub(crate) fn redshift_require_ssl(p: &Node, o: &Origin) -> Value<bool> {
    parapet_model::aws::redshift::require_ssl_by_group_name(
        prop(p, "ClusterParameterGroupName").as_ref(),
        o,
        ELSEWHERE,
    )
}

/// Why a parameter group named by a cluster is not known.
const ELSEWHERE: &str = "the parameter group is not declared in this template";

/// `require_ssl` as a parameter group sets it: its `require_ssl` entry of `Parameters`, or
/// false (the engine default) when there is none.
fn group_require_ssl(ev: &Evaluated) -> Value<bool> {
    let Some(list) = sub(&ev.props, "Parameters") else {
        return Value::defaulted(false, ev.origin.clone());
    };
    let items = match &list.v {
        Dyn::List(items) => items,
        _ => {
            return Value::unknown(
                unknown_reason(&list).unwrap_or_else(|| "Parameters is not a list".into()),
                list.origin.clone(),
            )
        }
    };
    for i in items {
        if let Some(r) = unknown_reason(i) {
            return Value::unknown(r, i.origin.clone());
        }
        match prop(i, "ParameterName").as_ref().map(|x| &x.v) {
            Some(Dyn::String(s)) if s == "require_ssl" => {
                return conv::bool(prop(i, "ParameterValue").as_ref(), false, &i.origin);
            }
            Some(Dyn::Unknown(u)) => return Value::unknown(u.reason.clone(), i.origin.clone()),
            _ => {}
        }
    }
    Value::defaulted(false, ev.origin.clone())
}

/// Whether a DocumentDB cluster parameter group leaves TLS on: its `Parameters` map (JSON)
/// does not set `tls` to `disabled` (the engine default is `enabled`).
fn group_tls_enabled(ev: &Evaluated) -> Value<bool> {
    let Some(params) = sub(&ev.props, "Parameters") else {
        return Value::defaulted(true, ev.origin.clone());
    };
    if let Some(r) = unknown_reason(&params) {
        return Value::unknown(r, params.origin.clone());
    }
    match prop(&params, "tls") {
        None => Value::defaulted(true, ev.origin.clone()),
        Some(t) => conv::opt_string(Some(&t), &t.origin)
            .map(|v| !v.is_some_and(|v| v.eq_ignore_ascii_case("disabled"))),
    }
}

/// Joins `AWS::Redshift::ClusterParameterGroup` and `AWS::DocDB::DBClusterParameterGroup`
/// into the clusters that name them.
pub(crate) fn join(ctx: &mut Ctx<'_>, evs: &[Evaluated], configs: &mut [Config]) {
    for (i, ev) in evs.iter().enumerate() {
        if ev.ty == "AWS::DocDB::DBCluster" {
            let Some(t) = target_of(
                ctx,
                evs,
                ev,
                &["DBClusterParameterGroupName"],
                "AWS::DocDB::DBClusterParameterGroup",
                "Name",
            ) else {
                continue;
            };
            let Some(holds) = super::attach_used(ctx, evs, i, t) else {
                continue;
            };
            if let Config::DocDbCluster(c) = &mut configs[i] {
                c.tls_enabled =
                    super::when_attached(&holds, "the parameter group", &evs[t], || {
                        group_tls_enabled(&evs[t])
                    });
            }
            continue;
        }
        if ev.ty != "AWS::Redshift::Cluster" {
            continue;
        }
        let Some(t) = target_of(
            ctx,
            evs,
            ev,
            &["ClusterParameterGroupName"],
            "AWS::Redshift::ClusterParameterGroup",
            "ParameterGroupName",
        ) else {
            continue;
        };
        let Some(holds) = super::attach_used(ctx, evs, i, t) else {
            continue;
        };
        if let Config::RedshiftCluster(c) = &mut configs[i] {
            c.require_ssl = super::when_attached(&holds, "the parameter group", &evs[t], || {
                group_require_ssl(&evs[t])
            });
        }
    }
}

/// The host bind-mount volumes of an `AWS::ECS::TaskDefinition` (`Volumes` entries with a
/// `Host.SourcePath`).
pub(crate) fn ecs_host_volumes(p: &Node, o: &Origin) -> Value<Vec<HostVolume>> {
    let Some(list) = sub(p, "Volumes") else {
        return Value::defaulted(Vec::new(), o.clone());
    };
    let items = match &list.v {
        Dyn::List(items) => items,
        _ => {
            return Value::unknown(
                unknown_reason(&list).unwrap_or_else(|| "Volumes is not a list".into()),
                list.origin.clone(),
            )
        }
    };
    let mut out = Vec::new();
    for v in items {
        if let Some(r) = unknown_reason(v) {
            return Value::unknown(r, v.origin.clone());
        }
        let Some(host) = sub(v, "Host") else { continue };
        if let Some(r) = unknown_reason(&host) {
            return Value::unknown(r, host.origin.clone());
        }
        let Some(path) = prop(&host, "SourcePath") else {
            continue;
        };
        out.push(HostVolume {
            name: conv::opt_string(prop(v, "Name").as_ref(), &v.origin),
            source_path: conv::opt_string(Some(&path), &host.origin),
        });
    }
    Value::explicit(out, list.origin.clone())
}
