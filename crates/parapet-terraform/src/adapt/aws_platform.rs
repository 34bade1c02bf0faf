//! DocumentDB, Neptune, DMS, SageMaker (notebook instances, endpoint configurations), Amazon
//! MQ, MWAA, Batch, EMR, Elastic Beanstalk, RDS Proxy, Firehose, EKS node groups, ECS services
//! and Lambda layer permissions → their `aws::*` model types; the host volumes of ECS task
//! definitions; the joins of `aws_opensearch_domain_policy` / `aws_elasticsearch_domain_policy`
//! into domains, and of `aws_redshift_parameter_group` and `aws_docdb_cluster_parameter_group`
//! into the clusters that use them.

use super::aws_common::{bool_or_inherited, inherited_from, int, present};
use super::aws_iam::document;
use super::{block, blocks, targets};
use crate::module::RawResource;
use parapet_model::aws::batch::JobDefinition;
use parapet_model::aws::dms::{Endpoint, ReplicationInstance};
use parapet_model::aws::docdb::Cluster as DocDbCluster;
use parapet_model::aws::ecs::{HostVolume, Service};
use parapet_model::aws::eks::NodeGroup;
use parapet_model::aws::elasticbeanstalk::Environment as EbEnvironment;
use parapet_model::aws::emr::{BlockPublicAccess, Cluster as EmrCluster};
use parapet_model::aws::kinesis::DeliveryStream;
use parapet_model::aws::lambda::{id_list, LayerPermission};
use parapet_model::aws::mq::Broker;
use parapet_model::aws::mwaa::Environment;
use parapet_model::aws::neptune::Cluster as NeptuneCluster;
use parapet_model::aws::rds::DbProxy;
use parapet_model::aws::sagemaker::{EndpointConfig, Model, NotebookInstance};
use parapet_model::{conv, Config, Dyn, Edge, EdgeKind, Node, Origin, Resource, Value};

/// The resource types this module adapts.
pub(crate) const TYPES: &[&str] = &[
    "aws_docdb_cluster",
    "aws_neptune_cluster",
    "aws_dms_replication_instance",
    "aws_dms_endpoint",
    "aws_sagemaker_notebook_instance",
    "aws_mq_broker",
    "aws_mwaa_environment",
    "aws_batch_job_definition",
    "aws_emr_cluster",
    "aws_emr_block_public_access_configuration",
    "aws_db_proxy",
    "aws_kinesis_firehose_delivery_stream",
    "aws_eks_node_group",
    "aws_ecs_service",
    "aws_lambda_layer_version_permission",
    "aws_sagemaker_endpoint_configuration",
    "aws_elastic_beanstalk_environment",
    "aws_sagemaker_model",
];

/// A nested block: `Ok(None)` when not written, `Err` with the unknown standing for it when it
/// is a `dynamic` block over an unknown collection.
fn sub<'a>(n: &'a Node, key: &str) -> Result<Option<&'a Node>, String> {
    match n.get(key) {
        Some(b) if b.is_unknown() => Err(match &b.v {
            Dyn::Unknown(u) => u.reason.clone(),
            _ => "unresolved".into(),
        }),
        _ => Ok(block(n, key)),
    }
}

/// A setting inside an optional block: `inside` when the block is written, `absent` when it
/// is not, unknown when the block is.
fn in_block<T>(
    n: &Node,
    key: &str,
    o: &Origin,
    absent: impl FnOnce(&Origin) -> Value<T>,
    inside: impl FnOnce(&Node) -> Value<T>,
) -> Value<T> {
    match sub(n, key) {
        Err(r) => Value::unknown(r, n.get(key).map_or(o, |b| &b.origin).clone()),
        Ok(None) => absent(o),
        Ok(Some(b)) => inside(b),
    }
}

fn name_or_prefix(n: &Node, key: &str, o: &Origin) -> Value<Option<String>> {
    match n.get(key) {
        Some(x) => conv::opt_string(Some(x), o),
        None => conv::opt_string(n.get(&format!("{key}_prefix")), o),
    }
}

pub(crate) fn config(r: &RawResource) -> Config {
    let n = &r.node;
    let o = &r.origin;
    match r.rtype.as_str() {
        "aws_docdb_cluster" => {
            let inherits = inherited_from(n, &["snapshot_identifier", "restore_to_point_in_time"]);
            Config::DocDbCluster(Box::new(DocDbCluster {
                identifier: name_or_prefix(n, "cluster_identifier", o),
                // Provider docs: `storage_encrypted` defaults to false.
                storage_encrypted: bool_or_inherited(
                    n.get("storage_encrypted"),
                    false,
                    inherits.as_deref(),
                    o,
                ),
                enabled_cloudwatch_logs_exports: conv::strings(
                    n.get("enabled_cloudwatch_logs_exports"),
                    o,
                ),
                deletion_protection: conv::bool(n.get("deletion_protection"), false, o),
                backup_retention_period: int(n.get("backup_retention_period"), 1, o),
                // Joined with `aws_docdb_cluster_parameter_group` in `join`.
                tls_enabled: parapet_model::aws::by_parameter_group_name(
                    n.get("db_cluster_parameter_group_name"),
                    true,
                    o,
                    ELSEWHERE,
                ),
            }))
        }
        "aws_neptune_cluster" => {
            let inherits =
                inherited_from(n, &["snapshot_identifier", "replication_source_identifier"]);
            Config::NeptuneCluster(Box::new(NeptuneCluster {
                identifier: name_or_prefix(n, "cluster_identifier", o),
                // Provider docs: `storage_encrypted` defaults to false.
                storage_encrypted: bool_or_inherited(
                    n.get("storage_encrypted"),
                    false,
                    inherits.as_deref(),
                    o,
                ),
                iam_database_authentication: conv::bool(
                    n.get("iam_database_authentication_enabled"),
                    false,
                    o,
                ),
                enabled_cloudwatch_logs_exports: conv::strings(
                    n.get("enable_cloudwatch_logs_exports"),
                    o,
                ),
                deletion_protection: conv::bool(n.get("deletion_protection"), false, o),
                backup_retention_period: int(n.get("backup_retention_period"), 1, o),
            }))
        }
        "aws_dms_replication_instance" => {
            Config::DmsReplicationInstance(Box::new(ReplicationInstance {
                identifier: conv::opt_string(n.get("replication_instance_id"), o),
                // Provider docs: `publicly_accessible` defaults to false.
                publicly_accessible: conv::bool(n.get("publicly_accessible"), false, o),
                // Provider docs: `auto_minor_version_upgrade` defaults to false.
                auto_minor_version_upgrade: conv::bool(
                    n.get("auto_minor_version_upgrade"),
                    false,
                    o,
                ),
            }))
        }
        "aws_dms_endpoint" => Config::DmsEndpoint(Box::new(Endpoint {
            identifier: conv::opt_string(n.get("endpoint_id"), o),
            engine: conv::opt_string(n.get("engine_name"), o),
            ssl_mode: conv::string(n.get("ssl_mode"), "none", o),
        })),
        "aws_sagemaker_notebook_instance" => {
            Config::SageMakerNotebookInstance(Box::new(NotebookInstance {
                name: conv::opt_string(n.get("name"), o),
                direct_internet_access: conv::string(n.get("direct_internet_access"), "Enabled", o),
                root_access: conv::string(n.get("root_access"), "Enabled", o),
                kms_key_id: present(n.get("kms_key_id"), o),
            }))
        }
        "aws_mq_broker" => {
            let log = |k: &str| {
                in_block(
                    n,
                    "logs",
                    o,
                    |o| Value::defaulted(false, o.clone()),
                    |b| conv::bool(b.get(k), false, &b.origin),
                )
            };
            Config::MqBroker(Box::new(Broker {
                name: conv::opt_string(n.get("broker_name"), o),
                engine: conv::opt_string(n.get("engine_type"), o),
                publicly_accessible: conv::bool(n.get("publicly_accessible"), false, o),
                general_logs: log("general"),
                audit_logs: log("audit"),
                aws_owned_key: in_block(
                    n,
                    "encryption_options",
                    o,
                    |o| Value::defaulted(true, o.clone()),
                    |b| conv::bool(b.get("use_aws_owned_key"), true, &b.origin),
                ),
                auto_minor_version_upgrade: conv::bool(
                    n.get("auto_minor_version_upgrade"),
                    false,
                    o,
                ),
            }))
        }
        "aws_mwaa_environment" => Config::MwaaEnvironment(Box::new(Environment {
            name: conv::opt_string(n.get("name"), o),
            webserver_access_mode: conv::string(n.get("webserver_access_mode"), "PRIVATE_ONLY", o),
        })),
        "aws_batch_job_definition" => Config::BatchJobDefinition(Box::new(JobDefinition {
            name: conv::opt_string(n.get("name"), o),
            job_type: conv::opt_string(n.get("type"), o),
            privileged: match n.get("container_properties") {
                None => Value::defaulted(false, o.clone()),
                Some(d) => match &d.v {
                    Dyn::Null => Value::defaulted(false, d.origin.clone()),
                    Dyn::String(s) => match serde_json::from_str::<serde_json::Value>(s) {
                        Ok(j) => {
                            let props = Node::from_json(&j, &d.origin);
                            conv::bool(props.get("privileged"), false, &d.origin)
                        }
                        Err(e) => Value::unknown(
                            format!("container_properties is not valid JSON: {e}"),
                            d.origin.clone(),
                        ),
                    },
                    Dyn::Map(_) => conv::bool(d.get("privileged"), false, &d.origin),
                    Dyn::Unknown(u) => Value::unknown(u.reason.clone(), d.origin.clone()),
                    _ => Value::unknown(
                        "container_properties is not a JSON object",
                        d.origin.clone(),
                    ),
                },
            },
        })),
        "aws_emr_cluster" => Config::EmrCluster(Box::new(EmrCluster {
            name: conv::opt_string(n.get("name"), o),
            security_configuration: present(n.get("security_configuration"), o),
        })),
        "aws_emr_block_public_access_configuration" => {
            Config::EmrBlockPublicAccess(Box::new(BlockPublicAccess {
                block_public_security_group_rules: match n.get("block_public_security_group_rules")
                {
                    // Required: an incomplete configuration, not a default.
                    None => {
                        Value::unknown("block_public_security_group_rules is not set", o.clone())
                    }
                    x => conv::bool(x, true, o),
                },
            }))
        }
        "aws_db_proxy" => Config::RdsDbProxy(Box::new(DbProxy {
            name: conv::opt_string(n.get("name"), o),
            // Provider docs: `require_tls` defaults to false.
            require_tls: conv::bool(n.get("require_tls"), false, o),
        })),
        "aws_kinesis_firehose_delivery_stream" => {
            let source = ["kinesis_source_configuration", "msk_source_configuration"]
                .iter()
                .map(|k| sub(n, k))
                .collect::<Vec<_>>();
            let direct_put = if source.iter().any(|s| matches!(s, Ok(Some(_)))) {
                Value::explicit(false, o.clone())
            } else if let Some(Err(r)) = source.iter().find(|s| s.is_err()) {
                Value::unknown(r.clone(), o.clone())
            } else {
                Value::defaulted(true, o.clone())
            };
            Config::FirehoseDeliveryStream(Box::new(DeliveryStream {
                name: conv::opt_string(n.get("name"), o),
                direct_put,
                server_side_encryption: in_block(
                    n,
                    "server_side_encryption",
                    o,
                    |o| Value::defaulted(false, o.clone()),
                    |b| conv::bool(b.get("enabled"), false, &b.origin),
                ),
                // Provider docs: `key_type` defaults to `AWS_OWNED_CMK`.
                key_type: in_block(
                    n,
                    "server_side_encryption",
                    o,
                    |o| Value::defaulted(None, o.clone()),
                    |b| conv::string(b.get("key_type"), "AWS_OWNED_CMK", &b.origin).map(Some),
                ),
            }))
        }
        "aws_eks_node_group" => {
            let (ssh_key, ssh_source_security_groups) = match sub(n, "remote_access") {
                Err(r) => (
                    Value::unknown(r.clone(), o.clone()),
                    Value::unknown(r, o.clone()),
                ),
                Ok(None) => (
                    Value::defaulted(None, o.clone()),
                    Value::defaulted(Vec::new(), o.clone()),
                ),
                Ok(Some(b)) => (
                    present(b.get("ec2_ssh_key"), &b.origin),
                    id_list(b.get("source_security_group_ids"), &b.origin),
                ),
            };
            Config::EksNodeGroup(Box::new(NodeGroup {
                name: name_or_prefix(n, "node_group_name", o),
                ssh_key,
                ssh_source_security_groups,
            }))
        }
        "aws_ecs_service" => Config::EcsService(Box::new(Service {
            name: conv::opt_string(n.get("name"), o),
            assign_public_ip: in_block(
                n,
                "network_configuration",
                o,
                |o| Value::defaulted(false, o.clone()),
                |b| conv::bool(b.get("assign_public_ip"), false, &b.origin),
            ),
        })),
        "aws_lambda_layer_version_permission" => {
            Config::LambdaLayerPermission(Box::new(LayerPermission {
                principal: match conv::opt_string(n.get("principal"), o) {
                    v if v.is_known() => {
                        let origin = v.origin.clone();
                        match v.get().cloned().flatten() {
                            Some(p) => Value::explicit(p, origin),
                            // Required: an incomplete configuration.
                            None => Value::unknown("principal is not set", origin),
                        }
                    }
                    v => Value::unknown(
                        v.unknown_reason().unwrap_or("unresolved").to_string(),
                        v.origin.clone(),
                    ),
                },
                organization_id: conv::opt_string(n.get("organization_id"), o),
            }))
        }
        "aws_sagemaker_endpoint_configuration" => {
            Config::SageMakerEndpointConfig(Box::new(EndpointConfig {
                name: name_or_prefix(n, "name", o),
                kms_key_id: present(n.get("kms_key_arn"), o),
            }))
        }
        "aws_sagemaker_model" => Config::SageMakerModel(Box::new(Model {
            name: name_or_prefix(n, "name", o),
            network_isolation: conv::bool(n.get("enable_network_isolation"), false, o),
        })),
        "aws_elastic_beanstalk_environment" => {
            Config::ElasticBeanstalkEnvironment(Box::new(EbEnvironment {
                name: conv::opt_string(n.get("name"), o),
                managed_actions: eb_option(
                    n,
                    "aws:elasticbeanstalk:managedactions",
                    "ManagedActionsEnabled",
                    o,
                ),
            }))
        }
        _ => Config::Unmodelled,
    }
}

/// A boolean option setting of an Elastic Beanstalk environment (`setting` blocks):
/// `None` when no block sets it; unknown when a block's namespace or name is unresolved.
fn eb_option(n: &Node, namespace: &str, name: &str, o: &Origin) -> Value<Option<bool>> {
    if let Some(s) = n.get("setting") {
        if let Dyn::Unknown(u) = &s.v {
            return Value::unknown(u.reason.clone(), s.origin.clone());
        }
    }
    let mut found = Value::defaulted(None, o.clone());
    for s in blocks(n, "setting") {
        let ns = conv::opt_string(s.get("namespace"), &s.origin);
        let nm = conv::opt_string(s.get("name"), &s.origin);
        match (ns.get(), nm.get()) {
            (Some(Some(a)), Some(Some(b))) if a == namespace && b == name => {
                found = conv::bool(s.get("value"), false, &s.origin).map(Some);
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
pub(crate) fn redshift_require_ssl(n: &Node, o: &Origin) -> Value<bool> {
    parapet_model::aws::redshift::require_ssl_by_group_name(
        n.get("cluster_parameter_group_name"),
        o,
        ELSEWHERE,
    )
}

/// Why a parameter group named by a cluster is not known.
const ELSEWHERE: &str = "the parameter group is not declared in this configuration";

/// `require_ssl` as a parameter group sets it: its `parameter` block named `require_ssl`, or
/// false (the engine default) when there is none.
fn group_require_ssl(g: &RawResource) -> Value<bool> {
    match group_parameter(g, "require_ssl") {
        Ok(Some(p)) => conv::bool(p.get("value"), false, &p.origin),
        Ok(None) => Value::defaulted(false, g.origin.clone()),
        Err(u) => u,
    }
}

/// Whether a DocumentDB cluster parameter group leaves TLS on: its `tls` parameter is not
/// `disabled` (the engine default is `enabled`).
fn group_tls_enabled(g: &RawResource) -> Value<bool> {
    match group_parameter(g, "tls") {
        Ok(Some(p)) => conv::opt_string(p.get("value"), &p.origin)
            .map(|v| !v.is_some_and(|v| v.eq_ignore_ascii_case("disabled"))),
        Ok(None) => Value::defaulted(true, g.origin.clone()),
        Err(u) => u,
    }
}

/// The `parameter` block of a parameter group with this name; `Err` with the unknown standing
/// for it when the blocks or a name cannot be resolved.
fn group_parameter<'a>(g: &'a RawResource, name: &str) -> Result<Option<&'a Node>, Value<bool>> {
    if let Some(p) = g.node.get("parameter") {
        if let Dyn::Unknown(u) = &p.v {
            return Err(Value::unknown(u.reason.clone(), p.origin.clone()));
        }
    }
    for p in blocks(&g.node, "parameter") {
        match p.get("name").map(|x| &x.v) {
            Some(Dyn::String(s)) if s == name => return Ok(Some(p)),
            Some(Dyn::Unknown(u)) => {
                return Err(Value::unknown(u.reason.clone(), p.origin.clone()))
            }
            _ => {}
        }
    }
    Ok(None)
}

/// Joins domain policies into OpenSearch domains and parameter groups into Redshift clusters.
pub(crate) fn join(raw: &[RawResource], out: &mut [Resource], edges: &mut Vec<Edge>) {
    let domains = super::of_types(raw, &["aws_opensearch_domain", "aws_elasticsearch_domain"]);
    let groups = super::of_types(raw, &["aws_redshift_parameter_group"]);
    let docdb_groups = super::of_types(raw, &["aws_docdb_cluster_parameter_group"]);
    for (i, r) in raw.iter().enumerate() {
        match r.rtype.as_str() {
            "aws_opensearch_domain_policy" | "aws_elasticsearch_domain_policy" => {
                for t in targets(r, "domain_name", &domains, "domain_name") {
                    if let Config::OpenSearchDomain(d) = &mut out[t].config {
                        d.access_policy = document(r.node.get("access_policies"), &r.origin);
                        edges.push(Edge {
                            from: i,
                            to: t,
                            kind: EdgeKind::Attaches,
                        });
                    }
                }
            }
            "aws_redshift_cluster" => {
                let ts = targets(r, "cluster_parameter_group_name", &groups, "name");
                if let Some(&g) = ts.first() {
                    if let Config::RedshiftCluster(c) = &mut out[i].config {
                        c.require_ssl = group_require_ssl(&raw[g]);
                    }
                }
            }
            "aws_docdb_cluster" => {
                let ts = targets(r, "db_cluster_parameter_group_name", &docdb_groups, "name");
                if let Some(&g) = ts.first() {
                    if let Config::DocDbCluster(c) = &mut out[i].config {
                        c.tls_enabled = group_tls_enabled(&raw[g]);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The host bind-mount volumes of an `aws_ecs_task_definition` (`volume` blocks with a
/// `host_path`).
pub(crate) fn ecs_host_volumes(n: &Node, o: &Origin) -> Value<Vec<HostVolume>> {
    if let Some(v) = n.get("volume") {
        if let Dyn::Unknown(u) = &v.v {
            return Value::unknown(u.reason.clone(), v.origin.clone());
        }
    }
    let list = blocks(n, "volume");
    if list.is_empty() {
        return Value::defaulted(Vec::new(), o.clone());
    }
    let out = list
        .into_iter()
        .filter(|v| v.get("host_path").is_some_and(|p| !p.is_null()))
        .map(|v| HostVolume {
            name: conv::opt_string(v.get("name"), &v.origin),
            source_path: conv::opt_string(v.get("host_path"), &v.origin),
        })
        .collect();
    Value::explicit(out, o.clone())
}
