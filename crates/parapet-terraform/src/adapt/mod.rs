//! Adapters from evaluated Terraform resources to the typed model, joining resources that the
//! AWS provider splits across several blocks.

mod aws_analytics;
mod aws_app;
mod aws_cloudfront;
mod aws_cloudtrail;
mod aws_common;
mod aws_dynamodb;
mod aws_ec2;
mod aws_efs;
mod aws_eks;
mod aws_elasticache;
mod aws_elb;
mod aws_iam;
mod aws_kms;
mod aws_lambda;
mod aws_nested;
mod aws_network;
mod aws_opensearch;
mod aws_ops;
mod aws_platform;
mod aws_rds;
mod aws_services;
mod aws_sns;
mod aws_sqs;
mod aws_storage;
mod aws_vpc;
pub mod kubernetes;

use crate::module::RawResource;
use parapet_model::aws::ec2::{normalize_protocol, SecurityGroup, SecurityGroupRule};
use parapet_model::aws::s3::{Bucket, BucketEncryption, PublicAccessBlock};
use parapet_model::policy::PolicyDocument;
use parapet_model::{conv, Config, Dyn, Edge, EdgeKind, Format, Node, Origin, Resource, Value};
use std::collections::HashMap;

/// The first block of a nested-block list (`versioning { ... }` → its map).
fn block<'a>(n: &'a Node, key: &str) -> Option<&'a Node> {
    match &n.get(key)?.v {
        Dyn::List(l) => l.first(),
        Dyn::Map(_) => n.get(key),
        _ => None,
    }
}

fn blocks<'a>(n: &'a Node, key: &str) -> Vec<&'a Node> {
    match n.get(key).map(|x| &x.v) {
        Some(Dyn::List(l)) => l.iter().collect(),
        Some(Dyn::Map(_)) => n.get(key).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// The resources of the given types, with their indexes (the candidates of [`targets`]).
fn of_types<'a>(raw: &'a [RawResource], types: &[&str]) -> Vec<(usize, &'a RawResource)> {
    raw.iter()
        .enumerate()
        .filter(|(_, r)| types.contains(&r.rtype.as_str()))
        .collect()
}

/// Indexes of the resources a split-out resource attaches to: by reference (`bucket =
/// aws_s3_bucket.b.id`) or by literal name.
fn targets(
    r: &RawResource,
    attr: &str,
    candidates: &[(usize, &RawResource)],
    name_attr: &str,
) -> Vec<usize> {
    let Some(n) = r.node.get(attr) else {
        return Vec::new();
    };
    let refs = n.refs();
    let mut out = Vec::new();
    for (i, c) in candidates {
        let by_ref = refs
            .iter()
            .any(|x| *x == c.address || (*x == c.base_address));
        let by_name = match (n.as_str(), c.node.get(name_attr).and_then(|x| x.as_str())) {
            (Some(a), Some(b)) => a == b && c.prefix == r.prefix,
            _ => false,
        };
        if by_ref || by_name {
            out.push(*i);
        }
    }
    out
}

/// The buckets a split-out S3 resource (`aws_s3_bucket_*`) configures: those its `bucket`
/// names, or — when it names another split-out resource of a bucket (`bucket =
/// aws_s3_bucket_policy.this.id`, whose id is the bucket's name, written to order the two) —
/// the buckets that one configures, followed a few steps at most.
fn bucket_targets(raw: &[RawResource], i: usize, buckets: &[(usize, &RawResource)]) -> Vec<usize> {
    let mut at = i;
    for _ in 0..4 {
        let ts = targets(&raw[at], "bucket", buckets, "bucket");
        if !ts.is_empty() {
            return ts;
        }
        let refs = raw[at]
            .node
            .get("bucket")
            .map(Node::refs)
            .unwrap_or_default();
        let via = raw.iter().position(|o| {
            o.rtype.starts_with("aws_s3_bucket_")
                && refs.iter().any(|x| *x == o.address || *x == o.base_address)
        });
        match via {
            Some(j) if j != at && j != i => at = j,
            _ => break,
        }
    }
    Vec::new()
}

fn unknown_bucket(origin: &Origin, why: &str) -> Bucket {
    fn u<T>(why: &str, origin: &Origin) -> Value<T> {
        Value::unknown(why, origin.clone())
    }
    Bucket {
        name: u(why, origin),
        encryption: u(why, origin),
        public_access_block: PublicAccessBlock {
            block_public_acls: u(why, origin),
            block_public_policy: u(why, origin),
            ignore_public_acls: u(why, origin),
            restrict_public_buckets: u(why, origin),
        },
        versioning: u(why, origin),
        mfa_delete: u(why, origin),
        logging: u(why, origin),
        acl: u(why, origin),
        policy: u(why, origin),
        object_lock: u(why, origin),
        object_ownership: u(why, origin),
    }
}

fn encryption_from_rule(rule: &Node, origin: &Origin) -> Value<Option<BucketEncryption>> {
    let Some(def) = block(rule, "apply_server_side_encryption_by_default") else {
        return Value::defaulted(None, origin.clone());
    };
    let alg = conv::opt_string(def.get("sse_algorithm"), &def.origin);
    match alg.get() {
        None => Value::unknown(
            alg.unknown_reason().unwrap_or("unknown").to_string(),
            alg.origin.clone(),
        ),
        Some(None) => Value::defaulted(None, def.origin.clone()),
        Some(Some(a)) => Value::explicit(
            Some(BucketEncryption {
                algorithm: Value::explicit(a.clone(), alg.origin.clone()),
                kms_key_id: conv::opt_string(def.get("kms_master_key_id"), &def.origin),
                origin: def.origin.clone(),
            }),
            def.origin.clone(),
        ),
    }
}

fn pab_from(n: &Node) -> PublicAccessBlock {
    // Inside a written aws_s3_bucket_public_access_block, omitted settings are false.
    let f = |k: &str| conv::bool(n.get(k), false, &n.origin);
    PublicAccessBlock {
        block_public_acls: f("block_public_acls"),
        block_public_policy: f("block_public_policy"),
        ignore_public_acls: f("ignore_public_acls"),
        restrict_public_buckets: f("restrict_public_buckets"),
    }
}

fn policy_value(n: Option<&Node>, fallback: &Origin) -> Value<Option<PolicyDocument>> {
    match n {
        None => Value::defaulted(None, fallback.clone()),
        Some(n) if n.is_null() => Value::defaulted(None, n.origin.clone()),
        // `jsonencode({...})` with unresolved parts: read the structure, those parts unknown.
        Some(Node {
            v: Dyn::Unknown(u),
            origin,
        }) if u.partial.is_some() => {
            match u.partial.as_deref().and_then(PolicyDocument::from_node) {
                Some(p) => Value::explicit(Some(p), origin.clone()),
                None => Value::unknown("the policy document is not fully known", origin.clone()),
            }
        }
        Some(n) if n.contains_unknown() => {
            Value::unknown("the policy document is not fully known", n.origin.clone())
        }
        Some(n) => match PolicyDocument::from_node(n) {
            Some(p) => Value::explicit(Some(p), n.origin.clone()),
            None => Value::unknown("the policy document could not be read", n.origin.clone()),
        },
    }
}

fn bucket_from(r: &RawResource) -> Bucket {
    let n = &r.node;
    let o = &r.origin;
    let encryption = match block(n, "server_side_encryption_configuration") {
        Some(sse) => match block(sse, "rule") {
            Some(rule) => encryption_from_rule(rule, &sse.origin),
            None => Value::defaulted(None, sse.origin.clone()),
        },
        None => Value::defaulted(None, o.clone()),
    };
    let (versioning, mfa_delete) = match block(n, "versioning") {
        Some(v) => (
            conv::bool(v.get("enabled"), false, &v.origin),
            conv::bool(v.get("mfa_delete"), false, &v.origin),
        ),
        None => (
            Value::defaulted(false, o.clone()),
            Value::defaulted(false, o.clone()),
        ),
    };
    let logging = match block(n, "logging") {
        Some(l) => Value::explicit(true, l.origin.clone()),
        None => Value::defaulted(false, o.clone()),
    };
    let object_lock = match (
        n.get("object_lock_enabled"),
        block(n, "object_lock_configuration"),
    ) {
        (Some(x), _) => conv::bool(Some(x), false, o),
        (None, Some(c)) => {
            conv::string(c.get("object_lock_enabled"), "Enabled", &c.origin).map(|s| s == "Enabled")
        }
        _ => Value::defaulted(false, o.clone()),
    };
    Bucket {
        name: conv::opt_string(n.get("bucket"), o),
        encryption,
        public_access_block: PublicAccessBlock::aws_default(o),
        versioning,
        mfa_delete,
        logging,
        acl: conv::opt_string(n.get("acl"), o),
        policy: policy_value(n.get("policy"), o),
        object_lock,
        object_ownership: Value::defaulted("BucketOwnerEnforced".to_string(), o.clone()),
    }
}

fn sg_rules_inline(n: &Node, key: &str) -> Vec<SecurityGroupRule> {
    blocks(n, key)
        .into_iter()
        .map(|b| SecurityGroupRule {
            protocol: conv::string(b.get("protocol"), "-1", &b.origin)
                .map(|p| normalize_protocol(&p)),
            from_port: conv::opt_int(b.get("from_port"), &b.origin),
            to_port: conv::opt_int(b.get("to_port"), &b.origin),
            cidr_ipv4: conv::strings(b.get("cidr_blocks"), &b.origin),
            cidr_ipv6: conv::strings(b.get("ipv6_cidr_blocks"), &b.origin),
            description: conv::opt_string(b.get("description"), &b.origin),
            origin: b.origin.clone(),
        })
        .collect()
}

fn sg_rule_resource(r: &RawResource) -> (bool, SecurityGroupRule) {
    let n = &r.node;
    let o = &r.origin;
    if r.rtype == "aws_security_group_rule" {
        let ingress = n.get("type").and_then(|t| t.as_str()) != Some("egress");
        (
            ingress,
            SecurityGroupRule {
                protocol: conv::string(n.get("protocol"), "-1", o).map(|p| normalize_protocol(&p)),
                from_port: conv::opt_int(n.get("from_port"), o),
                to_port: conv::opt_int(n.get("to_port"), o),
                cidr_ipv4: conv::strings(n.get("cidr_blocks"), o),
                cidr_ipv6: conv::strings(n.get("ipv6_cidr_blocks"), o),
                description: conv::opt_string(n.get("description"), o),
                origin: o.clone(),
            },
        )
    } else {
        let ingress = r.rtype == "aws_vpc_security_group_ingress_rule";
        (
            ingress,
            SecurityGroupRule {
                protocol: conv::string(n.get("ip_protocol"), "-1", o)
                    .map(|p| normalize_protocol(&p)),
                from_port: conv::opt_int(n.get("from_port"), o),
                to_port: conv::opt_int(n.get("to_port"), o),
                cidr_ipv4: conv::strings(n.get("cidr_ipv4"), o),
                cidr_ipv6: conv::strings(n.get("cidr_ipv6"), o),
                description: conv::opt_string(n.get("description"), o),
                origin: o.clone(),
            },
        )
    }
}

fn resource(r: &RawResource, config: Config) -> Resource {
    let mut metadata = indexmap::IndexMap::new();
    if let Some(Dyn::Map(tags)) = r.node.get("tags").map(|t| &t.v) {
        for (k, v) in tags {
            if let Some(s) = v.as_str() {
                metadata.insert(format!("tag:{k}"), s.to_string());
            }
        }
    }
    Resource {
        address: r.address.clone(),
        format: Format::Terraform,
        source_type: r.rtype.clone(),
        origin: r.origin.clone(),
        call_chain: r.call_chain.clone(),
        condition: None,
        metadata,
        config,
    }
}

/// Adapts evaluated resources into the model: typed configs, joins and reference edges.
pub fn adapt(raw: Vec<RawResource>) -> (Vec<Resource>, Vec<Edge>) {
    let mut out: Vec<Resource> = raw
        .iter()
        .map(|r| {
            let config = match r.rtype.as_str() {
                "aws_s3_bucket" => Config::S3Bucket(Box::new(bucket_from(r))),
                "aws_security_group" => Config::SecurityGroup(Box::new(SecurityGroup {
                    name: conv::opt_string(r.node.get("name"), &r.origin),
                    description: conv::opt_string(r.node.get("description"), &r.origin),
                    ingress: sg_rules_inline(&r.node, "ingress"),
                    // Terraform removes AWS's default allow-all egress rule.
                    egress: sg_rules_inline(&r.node, "egress"),
                })),
                "aws_iam_role"
                | "aws_iam_policy"
                | "aws_iam_role_policy"
                | "aws_iam_user_policy"
                | "aws_iam_group_policy"
                | "aws_iam_user_policy_attachment"
                | "aws_iam_role_policy_attachment"
                | "aws_iam_group_policy_attachment"
                | "aws_iam_policy_attachment" => {
                    Config::IamPolicies(Box::new(aws_iam::policies(r)))
                }
                "aws_iam_access_key" => Config::IamAccessKey(Box::new(aws_iam::access_key(r))),
                "aws_sns_topic_subscription" => {
                    Config::SnsSubscription(Box::new(aws_sns::subscription(r)))
                }
                "aws_db_instance" | "aws_rds_cluster_instance" => {
                    Config::RdsDbInstance(Box::new(aws_rds::instance(r)))
                }
                "aws_rds_cluster" => Config::RdsDbCluster(Box::new(aws_rds::cluster(r))),
                "aws_cloudtrail" => Config::CloudTrail(Box::new(aws_cloudtrail::trail(r))),
                "aws_kms_key" | "aws_kms_external_key" => Config::KmsKey(Box::new(aws_kms::key(r))),
                "aws_dynamodb_table" => Config::DynamoDbTable(Box::new(aws_dynamodb::table(r))),
                "aws_sns_topic" => Config::SnsTopic(Box::new(aws_sns::topic(r))),
                "aws_sqs_queue" => Config::SqsQueue(Box::new(aws_sqs::queue(r))),
                "aws_lambda_function" => Config::LambdaFunction(Box::new(aws_lambda::function(r))),
                "aws_lambda_permission" => {
                    Config::LambdaPermission(Box::new(aws_lambda::permission(r)))
                }
                "aws_lambda_function_url" => {
                    Config::LambdaFunctionUrl(Box::new(aws_lambda::function_url(r)))
                }
                "aws_eks_cluster" => Config::EksCluster(Box::new(aws_eks::cluster(r))),
                "aws_elasticache_replication_group" => Config::ElastiCacheReplicationGroup(
                    Box::new(aws_elasticache::replication_group(r)),
                ),
                "aws_lb" | "aws_alb" => Config::LoadBalancer(Box::new(aws_elb::load_balancer(r))),
                "aws_lb_listener" | "aws_alb_listener" => {
                    Config::LoadBalancerListener(Box::new(aws_elb::listener(r)))
                }
                "aws_efs_file_system" => Config::EfsFileSystem(Box::new(aws_efs::file_system(r))),
                "aws_opensearch_domain" | "aws_elasticsearch_domain" => {
                    Config::OpenSearchDomain(Box::new(aws_opensearch::domain(r)))
                }
                "aws_cloudfront_distribution" => {
                    Config::CloudFrontDistribution(Box::new(aws_cloudfront::distribution(r)))
                }
                "aws_vpc" => Config::Ec2Vpc(Box::new(aws_vpc::vpc(r))),
                "aws_flow_log" => Config::Ec2FlowLog(Box::new(aws_vpc::flow_log(r))),
                "aws_ebs_volume" => Config::Ec2Volume(Box::new(aws_ec2::volume(r))),
                "aws_instance" | "aws_launch_template" | "aws_launch_configuration" => {
                    Config::Ec2Instance(Box::new(aws_ec2::instance(r)))
                }
                "aws_default_security_group" => {
                    Config::DefaultSecurityGroup(Box::new(aws_ec2::default_security_group(r)))
                }
                "aws_network_acl" | "aws_default_network_acl" | "aws_network_acl_rule" => {
                    Config::Ec2NetworkAcl(Box::new(aws_network::network_acl(r)))
                }
                "aws_subnet" => Config::Ec2Subnet(Box::new(aws_network::subnet(r))),
                "aws_ami_launch_permission" => {
                    Config::AmiLaunchPermission(Box::new(aws_network::ami_launch_permission(r)))
                }
                "aws_ebs_snapshot_block_public_access" | "aws_ec2_image_block_public_access" => {
                    Config::Ec2PublicSharingBlock(Box::new(aws_network::public_sharing_block(r)))
                }
                "aws_ec2_instance_metadata_defaults" => Config::InstanceMetadataDefaults(Box::new(
                    aws_network::instance_metadata_defaults(r),
                )),
                "aws_ebs_encryption_by_default" => Config::EbsEncryptionByDefault(Box::new(
                    aws_network::ebs_encryption_by_default(r),
                )),
                "aws_elb" => {
                    Config::ClassicLoadBalancer(Box::new(aws_network::classic_load_balancer(r)))
                }
                "aws_wafv2_web_acl" => Config::Wafv2WebAcl(Box::new(aws_network::web_acl(r))),
                "aws_route53_zone" => {
                    Config::Route53HostedZone(Box::new(aws_network::hosted_zone(r)))
                }
                "aws_transfer_server" => {
                    Config::TransferServer(Box::new(aws_network::transfer_server(r)))
                }
                "aws_networkfirewall_firewall" => {
                    Config::NetworkFirewall(Box::new(aws_network::firewall(r)))
                }
                "aws_networkfirewall_firewall_policy" => {
                    Config::NetworkFirewallPolicy(Box::new(aws_network::firewall_policy(r)))
                }
                t if aws_platform::TYPES.contains(&t) => aws_platform::config(r),
                t if t.starts_with("aws_backup_")
                    || t.starts_with("aws_glacier_")
                    || t.starts_with("aws_dax_")
                    || t == "aws_efs_access_point" =>
                {
                    aws_storage::config(r).unwrap_or(Config::Unmodelled)
                }
                t if t.starts_with("aws_athena_") || t.starts_with("aws_glue_") => {
                    aws_analytics::config(r).unwrap_or(Config::Unmodelled)
                }
                t if t.starts_with("aws_ssm_")
                    || t.starts_with("aws_codebuild_")
                    || t.starts_with("aws_workspaces_") =>
                {
                    aws_ops::config(r).unwrap_or(Config::Unmodelled)
                }
                t if kubernetes::workload_kind(t).is_some() => kubernetes::config(r),
                _ => aws_services::config(r)
                    .or_else(|| aws_app::config(r))
                    .unwrap_or(Config::Unmodelled),
            };
            resource(r, config)
        })
        .collect();
    let mut edges: Vec<Edge> = Vec::new();

    let buckets = of_types(&raw, &["aws_s3_bucket"]);
    let groups = of_types(&raw, &["aws_security_group"]);

    for (i, r) in raw.iter().enumerate() {
        let t = r.rtype.as_str();
        if t.starts_with("aws_s3_bucket_") {
            let ts = bucket_targets(&raw, i, &buckets);
            let apply = |b: &mut Bucket| match t {
                "aws_s3_bucket_server_side_encryption_configuration" => {
                    b.encryption = match block(&r.node, "rule") {
                        Some(rule) => encryption_from_rule(rule, &r.origin),
                        None => Value::defaulted(None, r.origin.clone()),
                    };
                }
                "aws_s3_bucket_public_access_block" => b.public_access_block = pab_from(&r.node),
                "aws_s3_bucket_versioning" => {
                    if let Some(vc) = block(&r.node, "versioning_configuration") {
                        b.versioning = conv::string(vc.get("status"), "Suspended", &vc.origin)
                            .map(|s| s == "Enabled");
                        b.mfa_delete = conv::string(vc.get("mfa_delete"), "Disabled", &vc.origin)
                            .map(|s| s == "Enabled");
                    }
                }
                "aws_s3_bucket_logging" => b.logging = Value::explicit(true, r.origin.clone()),
                "aws_s3_bucket_acl" => b.acl = conv::opt_string(r.node.get("acl"), &r.origin),
                "aws_s3_bucket_policy" => b.policy = policy_value(r.node.get("policy"), &r.origin),
                "aws_s3_bucket_object_lock_configuration" => {
                    b.object_lock = Value::explicit(true, r.origin.clone())
                }
                "aws_s3_bucket_ownership_controls" => {
                    b.object_ownership = match block(&r.node, "rule") {
                        Some(rule) => conv::opt_string(rule.get("object_ownership"), &rule.origin)
                            .map(|o| o.unwrap_or_else(|| "BucketOwnerEnforced".to_string())),
                        None => Value::unknown("the ownership rule is not known", r.origin.clone()),
                    }
                }
                _ => {}
            };
            let known = matches!(
                t,
                "aws_s3_bucket_server_side_encryption_configuration"
                    | "aws_s3_bucket_public_access_block"
                    | "aws_s3_bucket_versioning"
                    | "aws_s3_bucket_logging"
                    | "aws_s3_bucket_acl"
                    | "aws_s3_bucket_policy"
                    | "aws_s3_bucket_object_lock_configuration"
                    | "aws_s3_bucket_ownership_controls"
            );
            if !known {
                continue;
            }
            if ts.is_empty() {
                // The bucket is not declared here: keep what this block says on a bucket whose
                // other settings are unknown.
                let mut b = unknown_bucket(
                    &r.origin,
                    "the bucket is not declared in this configuration",
                );
                apply(&mut b);
                out[i].config = Config::S3Bucket(Box::new(b));
            } else {
                for tgt in ts {
                    if let Config::S3Bucket(b) = &mut out[tgt].config {
                        apply(b);
                    }
                    edges.push(Edge {
                        from: i,
                        to: tgt,
                        kind: EdgeKind::Attaches,
                    });
                }
            }
        }
        if matches!(
            t,
            "aws_security_group_rule"
                | "aws_vpc_security_group_ingress_rule"
                | "aws_vpc_security_group_egress_rule"
        ) {
            let (ingress, rule) = sg_rule_resource(r);
            let ts = targets(r, "security_group_id", &groups, "id");
            if ts.is_empty() {
                out[i].config = Config::SecurityGroup(Box::new(SecurityGroup {
                    name: Value::unknown(
                        "the group is not declared in this configuration",
                        r.origin.clone(),
                    ),
                    description: Value::unknown(
                        "the group is not declared in this configuration",
                        r.origin.clone(),
                    ),
                    ingress: if ingress { vec![rule.clone()] } else { vec![] },
                    egress: if ingress { vec![] } else { vec![rule.clone()] },
                }));
            } else {
                for tgt in ts {
                    if let Config::SecurityGroup(g) = &mut out[tgt].config {
                        if ingress {
                            g.ingress.push(rule.clone());
                        } else {
                            g.egress.push(rule.clone());
                        }
                    }
                    edges.push(Edge {
                        from: i,
                        to: tgt,
                        kind: EdgeKind::Attaches,
                    });
                }
            }
        }
    }

    aws_services::join(&raw, &mut out, &mut edges);
    aws_network::join(&raw, &mut out, &mut edges);
    aws_platform::join(&raw, &mut out, &mut edges);
    aws_storage::join(&raw, &mut out, &mut edges);
    aws_sns::join(&raw, &mut out, &mut edges);

    // Reference edges.
    let mut by_addr: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, r) in raw.iter().enumerate() {
        by_addr.entry(r.address.as_str()).or_default().push(i);
        if r.address != r.base_address {
            by_addr.entry(r.base_address.as_str()).or_default().push(i);
        }
    }
    for (i, r) in raw.iter().enumerate() {
        for rf in r.node.refs() {
            if let Some(ts) = by_addr.get(rf.as_str()) {
                for &t in ts {
                    if t != i {
                        let e = Edge {
                            from: i,
                            to: t,
                            kind: EdgeKind::References,
                        };
                        if !edges.contains(&e) {
                            edges.push(e);
                        }
                    }
                }
            }
        }
    }
    edges.sort();
    edges.dedup();
    (out, edges)
}
