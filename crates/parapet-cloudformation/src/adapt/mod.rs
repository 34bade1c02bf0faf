//! Adapters from resolved CloudFormation properties to the typed model.
//!
//! Defaults follow the model's documentation: a property that is not written is
//! `Defaulted` at the resource header (or at the enclosing property for a nested setting);
//! a property that could not be resolved is `Unknown`, never guessed.

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

use crate::cond::Decision;
use crate::eval::{scalar_text, Ctx, Evaluated};
use crate::raw;
use parapet_model::aws::ec2::{normalize_protocol, SecurityGroup, SecurityGroupRule};
use parapet_model::aws::s3::{Bucket, BucketEncryption, PublicAccessBlock};
use parapet_model::policy::PolicyDocument;
use parapet_model::{conv, Config, Dyn, EdgeKind, Node, Origin, State, Value};
use parapet_yaml::YNode;

const BUCKET: &str = "AWS::S3::Bucket";
const BUCKET_POLICY: &str = "AWS::S3::BucketPolicy";
const GROUP: &str = "AWS::EC2::SecurityGroup";
const INGRESS: &str = "AWS::EC2::SecurityGroupIngress";
const EGRESS: &str = "AWS::EC2::SecurityGroupEgress";

/// A split-out resource joined into another, and whether it exists wherever its target does.
struct Joined {
    from: usize,
    holds: Decision,
}

/// Builds the typed configuration of every evaluated resource (in the same order), joining
/// bucket policies into buckets and standalone rules into security groups.
pub(crate) use aws_sns::inline_subscriptions;

pub(crate) fn build(ctx: &mut Ctx<'_>, evs: &[Evaluated]) -> Vec<Config> {
    let n = evs.len();
    let mut policies: Vec<Vec<Joined>> = (0..n).map(|_| Vec::new()).collect();
    let mut ingress: Vec<Vec<Joined>> = (0..n).map(|_| Vec::new()).collect();
    let mut egress: Vec<Vec<Joined>> = (0..n).map(|_| Vec::new()).collect();
    for (i, ev) in evs.iter().enumerate() {
        let (target, list) = match ev.ty.as_str() {
            BUCKET_POLICY => (
                target_of(ctx, evs, ev, &["Bucket"], BUCKET, "BucketName"),
                &mut policies,
            ),
            INGRESS => (
                target_of(ctx, evs, ev, &["GroupId", "GroupName"], GROUP, "GroupName"),
                &mut ingress,
            ),
            EGRESS => (
                target_of(ctx, evs, ev, &["GroupId"], GROUP, "GroupName"),
                &mut egress,
            ),
            _ => continue,
        };
        let Some(t) = target else { continue };
        let Some(holds) = attach(ctx, evs, i, t) else {
            continue;
        };
        list[t].push(Joined { from: i, holds });
    }
    let mut configs = evs
        .iter()
        .enumerate()
        .map(|(i, ev)| match ev.ty.as_str() {
            BUCKET => Config::S3Bucket(Box::new(bucket(ev, &policies[i], evs))),
            GROUP => {
                Config::SecurityGroup(Box::new(security_group(ev, &ingress[i], &egress[i], evs)))
            }
            "AWS::CloudTrail::Trail" => Config::CloudTrail(Box::new(aws_cloudtrail::trail(ev))),
            "AWS::KMS::Key" => Config::KmsKey(Box::new(aws_kms::key(ev))),
            "AWS::DynamoDB::Table" => Config::DynamoDbTable(Box::new(aws_dynamodb::table(ev))),
            "AWS::SNS::Topic" => Config::SnsTopic(Box::new(aws_sns::topic(ev))),
            "AWS::SQS::Queue" => Config::SqsQueue(Box::new(aws_sqs::queue(ev))),
            "AWS::Lambda::Function" => Config::LambdaFunction(Box::new(aws_lambda::function(ev))),
            "AWS::Serverless::Function" => {
                Config::LambdaFunction(Box::new(aws_lambda::sam_function(ev)))
            }
            "AWS::Serverless::SimpleTable" => {
                Config::DynamoDbTable(Box::new(aws_dynamodb::sam_simple_table(ev)))
            }
            "AWS::Lambda::Permission" => {
                Config::LambdaPermission(Box::new(aws_lambda::permission(ev)))
            }
            "AWS::Lambda::Url" => Config::LambdaFunctionUrl(Box::new(aws_lambda::function_url(ev))),
            "AWS::EKS::Cluster" => Config::EksCluster(Box::new(aws_eks::cluster(ev))),
            "AWS::ElastiCache::ReplicationGroup" => Config::ElastiCacheReplicationGroup(Box::new(
                aws_elasticache::replication_group(ev),
            )),
            "AWS::ElasticLoadBalancingV2::LoadBalancer" => {
                Config::LoadBalancer(Box::new(aws_elb::load_balancer(ev)))
            }
            "AWS::ElasticLoadBalancingV2::Listener" => {
                Config::LoadBalancerListener(Box::new(aws_elb::listener(ev)))
            }
            "AWS::EFS::FileSystem" => Config::EfsFileSystem(Box::new(aws_efs::file_system(ev))),
            "AWS::OpenSearchService::Domain" | "AWS::Elasticsearch::Domain" => {
                Config::OpenSearchDomain(Box::new(aws_opensearch::domain(ev)))
            }
            "AWS::CloudFront::Distribution" => {
                Config::CloudFrontDistribution(Box::new(aws_cloudfront::distribution(ev)))
            }
            "AWS::EC2::VPC" => Config::Ec2Vpc(Box::new(aws_vpc::vpc(ev))),
            "AWS::EC2::FlowLog" => Config::Ec2FlowLog(Box::new(aws_vpc::flow_log(ev))),
            "AWS::EC2::Volume" => Config::Ec2Volume(Box::new(aws_ec2::volume(ev))),
            "AWS::EC2::Instance"
            | "AWS::EC2::LaunchTemplate"
            | "AWS::AutoScaling::LaunchConfiguration" => {
                Config::Ec2Instance(Box::new(aws_ec2::instance(ev)))
            }
            "AWS::RDS::DBInstance" => Config::RdsDbInstance(Box::new(aws_rds::instance(ev))),
            "AWS::RDS::DBCluster" => Config::RdsDbCluster(Box::new(aws_rds::cluster(ev))),
            "AWS::EC2::NetworkAclEntry" => {
                Config::Ec2NetworkAcl(Box::new(aws_network::network_acl_entry(ev)))
            }
            "AWS::EC2::Subnet" => Config::Ec2Subnet(Box::new(aws_network::subnet(ev))),
            "AWS::EC2::SnapshotBlockPublicAccess" => Config::Ec2PublicSharingBlock(Box::new(
                aws_network::snapshot_block_public_access(ev),
            )),
            "AWS::ElasticLoadBalancing::LoadBalancer" => {
                Config::ClassicLoadBalancer(Box::new(aws_network::classic_load_balancer(ev)))
            }
            "AWS::WAFv2::WebACL" => Config::Wafv2WebAcl(Box::new(aws_network::web_acl(ev))),
            "AWS::Route53::HostedZone" => {
                Config::Route53HostedZone(Box::new(aws_network::hosted_zone(ev)))
            }
            "AWS::Transfer::Server" => {
                Config::TransferServer(Box::new(aws_network::transfer_server(ev)))
            }
            "AWS::NetworkFirewall::Firewall" => {
                Config::NetworkFirewall(Box::new(aws_network::firewall(ev)))
            }
            "AWS::NetworkFirewall::FirewallPolicy" => {
                Config::NetworkFirewallPolicy(Box::new(aws_network::firewall_policy(ev)))
            }
            t if aws_platform::TYPES.contains(&t) => aws_platform::config(ev),
            t if aws_iam::TYPES.contains(&t) => {
                Config::IamPolicies(Box::new(aws_iam::policies(ev)))
            }
            "AWS::IAM::AccessKey" => Config::IamAccessKey(Box::new(aws_iam::access_key(ev))),
            "AWS::SNS::Subscription" => {
                Config::SnsSubscription(Box::new(aws_sns::subscription(ev)))
            }
            t if t.starts_with("AWS::DAX::")
                || t.starts_with("AWS::Backup::")
                || t.starts_with("AWS::Glacier::")
                || t == "AWS::EFS::AccessPoint" =>
            {
                aws_storage::config(ev).unwrap_or(Config::Unmodelled)
            }
            t if t.starts_with("AWS::SSM::")
                || t.starts_with("AWS::CodeBuild::")
                || t.starts_with("AWS::WorkSpaces::") =>
            {
                aws_ops::config(ev).unwrap_or(Config::Unmodelled)
            }
            t if t.starts_with("AWS::Athena::") || t.starts_with("AWS::Glue::") => {
                aws_analytics::config(ev).unwrap_or(Config::Unmodelled)
            }
            _ => aws_services::config(ev)
                .or_else(|| aws_app::config(ev))
                .unwrap_or(Config::Unmodelled),
        })
        .collect::<Vec<_>>();
    join_rotation(ctx, evs, &mut configs);
    aws_network::join(ctx, evs, &mut configs);
    aws_platform::join(ctx, evs, &mut configs);
    aws_storage::join(ctx, evs, &mut configs);
    aws_sns::join_policies(ctx, evs, &mut configs);
    configs
}

/// Joins `AWS::SecretsManager::RotationSchedule` into the secret it rotates.
fn join_rotation(ctx: &mut Ctx<'_>, evs: &[Evaluated], configs: &mut [Config]) {
    for (i, ev) in evs.iter().enumerate() {
        if ev.ty != "AWS::SecretsManager::RotationSchedule" {
            continue;
        }
        let Some(t) = target_of(
            ctx,
            evs,
            ev,
            &["SecretId"],
            "AWS::SecretsManager::Secret",
            "Name",
        ) else {
            continue;
        };
        let Some(holds) = attach(ctx, evs, i, t) else {
            continue;
        };
        if let Config::SecretsManagerSecret(s) = &mut configs[t] {
            s.rotation = when_attached(&holds, "the rotation schedule", ev, || {
                Value::explicit(true, ev.origin.clone())
            });
            s.rotation_interval_days = match field(&ev.props, "RotationRules") {
                Some(rr) if !rr.is_null() => parapet_model::aws::secretsmanager::rotation_interval(
                    conv::opt_int(field(&rr, "AutomaticallyAfterDays").as_ref(), &rr.origin),
                    conv::opt_string(field(&rr, "ScheduleExpression").as_ref(), &rr.origin),
                ),
                _ => Value::unknown(
                    "the rotation schedule has no rotation rules",
                    ev.origin.clone(),
                ),
            };
        }
    }
}

/// Resource `by` (a policy, a rule, a schedule) attaches to `to`: when `by` can exist with `to`,
/// adds the edge `by` → `to` and returns whether `by` exists whenever `to` does; `None` when
/// it never does.
pub(crate) fn attach(
    ctx: &mut Ctx<'_>,
    evs: &[Evaluated],
    by: usize,
    to: usize,
) -> Option<Decision> {
    let holds = ctx.holds_with(evs[by].cond_id, evs[to].cond_id);
    if holds == Decision::False {
        return None;
    }
    ctx.add_edge(by, to, EdgeKind::Attaches);
    Some(holds)
}

/// Resource `user` (a cluster) names `used` (its parameter group): the edge goes `used` →
/// `user`, the conditions are weighed as for [`attach`] with `user` attaching to `used`.
pub(crate) fn attach_used(
    ctx: &mut Ctx<'_>,
    evs: &[Evaluated],
    user: usize,
    used: usize,
) -> Option<Decision> {
    let holds = ctx.holds_with(evs[user].cond_id, evs[used].cond_id);
    if holds == Decision::False {
        return None;
    }
    ctx.add_edge(used, user, EdgeKind::Attaches);
    Some(holds)
}

/// What an attached resource (`by`, described as `what`) sets on its target: unknown when the
/// attachment holds only under an undecided condition.
pub(crate) fn when_attached<T>(
    holds: &Decision,
    what: &str,
    by: &Evaluated,
    value: impl FnOnce() -> Value<T>,
) -> Value<T> {
    match holds {
        Decision::Unknown(r) => Value::unknown(
            format!("{what} `{}` exists only under a condition: {r}", by.id),
            by.origin.clone(),
        ),
        _ => value(),
    }
}

/// The resource a split-out resource attaches to: `!Ref X` (or `!GetAtt X.GroupId`) in one of
/// `keys`, or a literal name equal to the known `name_key` of a resource of type `ty`.
fn target_of(
    ctx: &Ctx<'_>,
    evs: &[Evaluated],
    ev: &Evaluated,
    keys: &[&str],
    ty: &str,
    name_key: &str,
) -> Option<usize> {
    let raw_props = ctx
        .resources
        .get(&ev.id)
        .and_then(|d| d.body.get("Properties"));
    for key in keys {
        let raw_value: Option<&YNode> = raw_props.and_then(|p| p.get(key));
        if let Some(y) = raw_value {
            let name = raw::direct_ref(y).or_else(|| {
                raw::direct_getatt(y)
                    .filter(|(_, a)| *a == "GroupId")
                    .map(|(r, _)| r)
            });
            if let Some(name) = name {
                return ctx
                    .resources
                    .get(name)
                    .filter(|d| d.ty.as_deref() == Some(ty))
                    .and_then(|d| d.index);
            }
        }
        // A literal name that matches a resource of this template (ids are never literal).
        if *key == "GroupId" {
            continue;
        }
        if let Some(lit) = field(&ev.props, key).as_ref().and_then(scalar_text) {
            let found = evs.iter().position(|e| {
                e.ty == ty
                    && field(&e.props, name_key)
                        .as_ref()
                        .and_then(scalar_text)
                        .is_some_and(|n| n == lit)
            });
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

/// A property of a resolved map: an unknown map gives an unknown for every property.
fn field(n: &Node, key: &str) -> Option<Node> {
    match &n.v {
        Dyn::Map(m) => m.get(key).cloned(),
        Dyn::Unknown(_) => Some(n.clone()),
        Dyn::Null => None,
        other => Some(Node::unknown(
            format!("expected a map, found {}", conv::type_name(other)),
            vec![],
            n.origin.clone(),
        )),
    }
}

/// The first item of a resolved list.
fn first_item(n: &Node) -> Option<Node> {
    match &n.v {
        Dyn::List(l) => l.first().cloned(),
        Dyn::Unknown(_) => Some(n.clone()),
        other => Some(Node::unknown(
            format!("expected a list, found {}", conv::type_name(other)),
            vec![],
            n.origin.clone(),
        )),
    }
}

fn unknown_reason(n: &Node) -> Option<String> {
    match &n.v {
        Dyn::Unknown(u) => Some(u.reason.clone()),
        _ => None,
    }
}

/// A required string: not written is unknown (the template is incomplete), not a default.
fn required(v: Value<Option<String>>, what: &str) -> Value<String> {
    let origin = v.origin.clone();
    match v.state {
        State::Explicit(Some(s)) => Value::explicit(s, origin),
        State::Unknown(r) => Value::unknown(r, origin),
        _ => Value::unknown(format!("{what} is not set"), origin),
    }
}

// ----- S3 ---------------------------------------------------------------------------------

fn bucket(ev: &Evaluated, policies: &[Joined], evs: &[Evaluated]) -> Bucket {
    let o = &ev.origin;
    let p = &ev.props;
    Bucket {
        name: conv::opt_string(field(p, "BucketName").as_ref(), o),
        encryption: encryption(field(p, "BucketEncryption"), o),
        public_access_block: public_access_block(field(p, "PublicAccessBlockConfiguration"), o),
        versioning: versioning(field(p, "VersioningConfiguration"), o),
        // CloudFormation cannot set MFA delete: whether it is on is decided outside the
        // template (by the root user, through the API).
        mfa_delete: Value::unknown(
            "CloudFormation cannot set MFA delete: it is configured outside the template",
            o.clone(),
        ),
        logging: match field(p, "LoggingConfiguration") {
            None => Value::defaulted(false, o.clone()),
            Some(n) if n.is_null() => Value::defaulted(false, n.origin),
            Some(n) => match unknown_reason(&n) {
                Some(r) => Value::unknown(r, n.origin),
                None => Value::explicit(true, n.origin),
            },
        },
        acl: conv::opt_string(field(p, "AccessControl").as_ref(), o),
        policy: policy(policies, evs, o),
        object_lock: object_lock(p, o),
        // Not written: `BucketOwnerEnforced`, the default for new buckets since April 2023.
        object_ownership: aws_nested::string_at(
            p,
            &["OwnershipControls", "Rules"],
            "ObjectOwnership",
            "BucketOwnerEnforced",
            o,
        ),
    }
}

fn encryption(n: Option<Node>, o: &Origin) -> Value<Option<BucketEncryption>> {
    let Some(be) = n.filter(|n| !n.is_null()) else {
        return Value::defaulted(None, o.clone());
    };
    if let Some(r) = unknown_reason(&be) {
        return Value::unknown(r, be.origin);
    }
    let Some(rules) = field(&be, "ServerSideEncryptionConfiguration") else {
        return Value::unknown(
            "BucketEncryption has no ServerSideEncryptionConfiguration",
            be.origin,
        );
    };
    let Some(rule) = first_item(&rules) else {
        return Value::unknown(
            "ServerSideEncryptionConfiguration has no rule",
            rules.origin,
        );
    };
    if let Some(r) = unknown_reason(&rule) {
        return Value::unknown(r, rule.origin);
    }
    let Some(d) = field(&rule, "ServerSideEncryptionByDefault") else {
        // A rule without a default (only BucketKeyEnabled) declares no algorithm.
        return Value::defaulted(None, rule.origin);
    };
    if let Some(r) = unknown_reason(&d) {
        return Value::unknown(r, d.origin);
    }
    let algorithm = required(
        conv::opt_string(field(&d, "SSEAlgorithm").as_ref(), &d.origin),
        "SSEAlgorithm",
    );
    let kms_key_id = conv::opt_string(field(&d, "KMSMasterKeyID").as_ref(), &d.origin);
    Value::explicit(
        Some(BucketEncryption {
            algorithm,
            kms_key_id,
            origin: d.origin.clone(),
        }),
        be.origin,
    )
}

fn public_access_block(n: Option<Node>, o: &Origin) -> PublicAccessBlock {
    let Some(n) = n.filter(|n| !n.is_null()) else {
        return PublicAccessBlock::aws_default(o);
    };
    let get = |k: &str| conv::bool(field(&n, k).as_ref(), false, &n.origin);
    PublicAccessBlock {
        block_public_acls: get("BlockPublicAcls"),
        block_public_policy: get("BlockPublicPolicy"),
        ignore_public_acls: get("IgnorePublicAcls"),
        restrict_public_buckets: get("RestrictPublicBuckets"),
    }
}

fn versioning(n: Option<Node>, o: &Origin) -> Value<bool> {
    let Some(vc) = n.filter(|n| !n.is_null()) else {
        return Value::defaulted(false, o.clone());
    };
    match field(&vc, "Status") {
        None => Value::defaulted(false, vc.origin),
        Some(s) => match &s.v {
            Dyn::String(x) => Value::explicit(x == "Enabled", s.origin),
            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), s.origin),
            other => Value::unknown(
                format!(
                    "expected `Enabled` or `Suspended`, found {}",
                    conv::type_name(other)
                ),
                s.origin,
            ),
        },
    }
}

fn object_lock(p: &Node, o: &Origin) -> Value<bool> {
    if let Some(n) = field(p, "ObjectLockEnabled") {
        return conv::bool(Some(&n), false, o);
    }
    if let Some(s) =
        field(p, "ObjectLockConfiguration").and_then(|c| field(&c, "ObjectLockEnabled"))
    {
        return match &s.v {
            Dyn::String(x) => Value::explicit(x == "Enabled", s.origin),
            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), s.origin),
            _ => Value::unknown("ObjectLockEnabled is not `Enabled`", s.origin),
        };
    }
    Value::defaulted(false, o.clone())
}

fn policy(policies: &[Joined], evs: &[Evaluated], o: &Origin) -> Value<Option<PolicyDocument>> {
    let mut merged: Option<(PolicyDocument, Origin)> = None;
    for j in policies {
        let pe = &evs[j.from];
        if let Decision::Unknown(r) = &j.holds {
            return Value::unknown(
                format!(
                    "the bucket policy `{}` exists only under a condition: {r}",
                    pe.id
                ),
                pe.origin.clone(),
            );
        }
        let Some(doc) = field(&pe.props, "PolicyDocument") else {
            return Value::unknown(
                format!("the bucket policy `{}` has no PolicyDocument", pe.id),
                pe.origin.clone(),
            );
        };
        let Some(parsed) = PolicyDocument::from_node(&doc) else {
            let why = unknown_reason(&doc).unwrap_or_else(|| "it could not be resolved".into());
            return Value::unknown(
                format!("the policy document of `{}` is not known: {why}", pe.id),
                doc.origin,
            );
        };
        match &mut merged {
            None => merged = Some((parsed, doc.origin)),
            Some((m, _)) => m.statements.extend(parsed.statements),
        }
    }
    match merged {
        None => Value::defaulted(None, o.clone()),
        Some((doc, origin)) => Value::explicit(Some(doc), origin),
    }
}

// ----- EC2 --------------------------------------------------------------------------------

fn security_group(
    ev: &Evaluated,
    ingress: &[Joined],
    egress: &[Joined],
    evs: &[Evaluated],
) -> SecurityGroup {
    let o = &ev.origin;
    let p = &ev.props;
    let mut sg = SecurityGroup {
        name: conv::opt_string(field(p, "GroupName").as_ref(), o),
        description: conv::opt_string(field(p, "GroupDescription").as_ref(), o),
        ingress: rules(field(p, "SecurityGroupIngress")),
        egress: Vec::new(),
    };
    let written_egress = field(p, "SecurityGroupEgress").filter(|n| !n.is_null());
    let removes_default = match &written_egress {
        None => false,
        Some(n) => n.as_list().is_none_or(|l| !l.is_empty()),
    };
    sg.egress = rules(written_egress);
    if !removes_default {
        // EC2 adds an allow-all egress rule unless the group declares egress rules.
        sg.egress.insert(0, default_egress(o));
    }
    for (joined, out) in [(ingress, &mut sg.ingress), (egress, &mut sg.egress)] {
        for j in joined {
            let re = &evs[j.from];
            out.push(match &j.holds {
                Decision::Unknown(r) => unknown_rule(
                    &format!("the rule `{}` exists only under a condition: {r}", re.id),
                    &re.origin,
                ),
                _ => rule(&re.props, &re.origin),
            });
        }
    }
    sg
}

fn rules(n: Option<Node>) -> Vec<SecurityGroupRule> {
    let Some(n) = n else { return Vec::new() };
    match &n.v {
        Dyn::Null => Vec::new(),
        Dyn::List(items) => items.iter().map(|i| rule(i, &i.origin)).collect(),
        Dyn::Map(_) => vec![rule(&n, &n.origin)],
        Dyn::Unknown(u) => vec![unknown_rule(&u.reason, &n.origin)],
        other => vec![unknown_rule(
            &format!("expected a list of rules, found {}", conv::type_name(other)),
            &n.origin,
        )],
    }
}

fn rule(n: &Node, origin: &Origin) -> SecurityGroupRule {
    if let Some(r) = unknown_reason(n) {
        return unknown_rule(&r, origin);
    }
    let get = |k: &str| field(n, k);
    SecurityGroupRule {
        protocol: required(
            conv::opt_string(get("IpProtocol").as_ref(), origin),
            "IpProtocol",
        )
        .map(|p| normalize_protocol(&p)),
        from_port: conv::opt_int(get("FromPort").as_ref(), origin),
        to_port: conv::opt_int(get("ToPort").as_ref(), origin),
        cidr_ipv4: conv::strings(get("CidrIp").as_ref(), origin),
        cidr_ipv6: conv::strings(get("CidrIpv6").as_ref(), origin),
        description: conv::opt_string(get("Description").as_ref(), origin),
        origin: origin.clone(),
    }
}

fn unknown_rule(reason: &str, origin: &Origin) -> SecurityGroupRule {
    SecurityGroupRule {
        protocol: Value::unknown(reason, origin.clone()),
        from_port: Value::unknown(reason, origin.clone()),
        to_port: Value::unknown(reason, origin.clone()),
        cidr_ipv4: Value::unknown(reason, origin.clone()),
        cidr_ipv6: Value::unknown(reason, origin.clone()),
        description: Value::unknown(reason, origin.clone()),
        origin: origin.clone(),
    }
}

/// The allow-all egress rule EC2 adds to a group that declares none.
fn default_egress(o: &Origin) -> SecurityGroupRule {
    SecurityGroupRule {
        protocol: Value::defaulted("-1".into(), o.clone()),
        from_port: Value::defaulted(None, o.clone()),
        to_port: Value::defaulted(None, o.clone()),
        cidr_ipv4: Value::defaulted(vec!["0.0.0.0/0".into()], o.clone()),
        cidr_ipv6: Value::defaulted(Vec::new(), o.clone()),
        description: Value::defaulted(None, o.clone()),
        origin: o.clone(),
    }
}
