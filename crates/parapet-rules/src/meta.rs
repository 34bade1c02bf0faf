//! Rule metadata as written in `rules/<provider>/<service>/<name>/rule.yaml`.
//!
//! This file is shared with the build script, which validates every rule file at build time:
//! keep it free of dependencies other than serde.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s.to_ascii_lowercase().as_str() {
            "info" => Severity::Info,
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            "critical" => Severity::Critical,
            _ => return None,
        })
    }

    /// GitHub's `security-severity` score for SARIF.
    pub fn score(self) -> &'static str {
        match self {
            Severity::Info => "0.0",
            Severity::Low => "3.0",
            Severity::Medium => "5.5",
            Severity::High => "8.0",
            Severity::Critical => "9.5",
        }
    }
}

/// Whether a rule's fix may be applied without review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum FixSafety {
    #[default]
    None,
    Safe,
    Unsafe,
    DisplayOnly,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remediation {
    /// One line, shown in the terminal and in annotations.
    pub summary: String,
    /// A corrected snippet per format (`terraform`, `cloudformation`, `kubernetes`).
    #[serde(default)]
    pub snippets: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleMeta {
    /// Stable forever; never reused. `AWS-S3-001`.
    pub id: String,
    /// Names the bad pattern, kebab-case: `s3-bucket-encryption-not-declared`.
    pub name: String,
    pub title: String,
    pub severity: Severity,
    /// The model type the rule checks, e.g. `aws::s3::Bucket`.
    pub target: String,
    /// Formats the rule is tested on: `terraform`, `cloudformation`, `kubernetes`, `live`.
    pub formats: Vec<String>,
    /// Formats where the concept does not exist, with the reason.
    #[serde(default)]
    pub not_applicable: BTreeMap<String, String>,
    pub description: String,
    pub rationale: String,
    pub remediation: Remediation,
    #[serde(default)]
    pub fix: FixSafety,
    /// Framework id (as in `rules/compliance/<id>.yaml`) → control ids.
    #[serde(default)]
    pub compliance: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub references: Vec<String>,
}

/// A fixture file embedded for docs: format, kind (`bad`/`good`), file name, text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fixture {
    pub format: String,
    pub kind: String,
    pub file: String,
    pub text: String,
}

/// What the build script compiles: the rule and the folder it lives in. Its fixtures are
/// compiled apart (`RuleEntry::fixtures`), so a scan does not load every rule's examples.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleEntry {
    pub meta: RuleMeta,
    /// `aws/s3/bucket-encryption-not-declared`
    pub path: String,
    pub provider: String,
    pub service: String,
}

/// A compliance framework catalogue: `rules/compliance/<id>.yaml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub id: String,
    pub name: String,
    pub version: String,
    pub controls: Vec<Control>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    pub id: String,
    pub title: String,
}

/// Model types a rule may target.
pub const TARGETS: &[&str] = &[
    "aws::s3::Bucket",
    "aws::ec2::SecurityGroup",
    "aws::ec2::Volume",
    "aws::ec2::Instance",
    "aws::iam::Policies",
    "aws::efs::FileSystem",
    "aws::opensearch::Domain",
    "aws::cloudfront::Distribution",
    "aws::ec2::Vpc",
    "aws::ec2::FlowLog",
    "aws::eks::Cluster",
    "aws::elasticache::ReplicationGroup",
    "aws::elb::LoadBalancer",
    "aws::elb::Listener",
    "aws::lambda::Function",
    "aws::lambda::Permission",
    "aws::lambda::FunctionUrl",
    "aws::dynamodb::Table",
    "aws::sns::Topic",
    "aws::sqs::Queue",
    "aws::cloudtrail::Trail",
    "aws::kms::Key",
    "aws::rds::DbInstance",
    "aws::rds::DbCluster",
    "aws::ecr::Repository",
    "aws::ecs::TaskDefinition",
    "aws::secretsmanager::Secret",
    "aws::apigateway::Stage",
    "aws::apigateway::DomainName",
    "aws::apigateway::Method",
    "aws::kinesis::Stream",
    "aws::msk::Cluster",
    "aws::redshift::Cluster",
    "aws::logs::LogGroup",
    "aws::config::Recorder",
    "aws::guardduty::Detector",
    "aws::account::PasswordPolicy",
    "aws::account::S3PublicAccessBlock",
    "aws::ec2::DefaultSecurityGroup",
    "aws::ec2::NetworkAcl",
    "aws::ec2::Subnet",
    "aws::ec2::EbsEncryptionByDefault",
    "aws::elb::ClassicLoadBalancer",
    "aws::wafv2::WebAcl",
    "aws::route53::HostedZone",
    "aws::transfer::Server",
    "aws::networkfirewall::Firewall",
    "aws::networkfirewall::FirewallPolicy",
    "aws::ec2::AmiLaunchPermission",
    "aws::ec2::PublicSharingBlock",
    "aws::ec2::InstanceMetadataDefaults",
    "aws::rds::DbProxy",
    "aws::docdb::Cluster",
    "aws::neptune::Cluster",
    "aws::dms::ReplicationInstance",
    "aws::dms::Endpoint",
    "aws::sagemaker::NotebookInstance",
    "aws::mq::Broker",
    "aws::mwaa::Environment",
    "aws::batch::JobDefinition",
    "aws::emr::Cluster",
    "aws::emr::BlockPublicAccess",
    "aws::kinesis::DeliveryStream",
    "aws::eks::NodeGroup",
    "aws::ecs::Service",
    "aws::lambda::LayerPermission",
    "aws::sagemaker::EndpointConfig",
    "aws::sagemaker::Model",
    "aws::elasticbeanstalk::Environment",
    "aws::dynamodb::DaxCluster",
    "aws::backup::Vault",
    "aws::glacier::Vault",
    "aws::ssm::Parameter",
    "aws::ssm::Document",
    "aws::codebuild::Project",
    "aws::athena::Workgroup",
    "aws::glue::DataCatalogEncryption",
    "aws::glue::SecurityConfiguration",
    "aws::glue::Connection",
    "aws::workspaces::Workspace",
    "aws::efs::AccessPoint",
    "aws::glue::Job",
    "aws::iam::AccessKey",
    "aws::sns::Subscription",
    "aws::eventbridge::BusPolicy",
    "aws::logs::ResourcePolicy",
    "aws::cognito::UserPool",
    "aws::cognito::UserPoolClient",
    "aws::cognito::IdentityPool",
    "aws::sfn::StateMachine",
    "aws::appsync::GraphqlApi",
    "aws::acm::Certificate",
    "k8s::Workload",
    "k8s::Role",
    "k8s::RoleBinding",
    "k8s::ServiceAccount",
    "k8s::Service",
    "k8s::Ingress",
    "k8s::NetworkPolicy",
    "k8s::Namespace",
    "k8s::Secret",
    "k8s::ConfigMap",
    "k8s::PodDisruptionBudget",
    "k8s::HorizontalPodAutoscaler",
];
/// Formats a rule may claim.
pub const FORMATS: &[&str] = &["terraform", "cloudformation", "kubernetes", "live"];
/// The fixture file names per format.
pub fn fixture_names(format: &str) -> &'static [&'static str] {
    match format {
        "terraform" => &["bad.tf", "good.tf"],
        "cloudformation" => &["bad.yaml", "good.yaml"],
        "kubernetes" => &["bad.yaml", "good.yaml"],
        "live" => &["bad.json", "good.json"],
        _ => &[],
    }
}

/// Validates one rule against the frameworks; returns the problems found.
pub fn validate(entry: &RuleEntry, fixtures: &[Fixture], frameworks: &[Framework]) -> Vec<String> {
    let m = &entry.meta;
    let mut errs = Vec::new();
    let id_ok = {
        let parts: Vec<&str> = m.id.split('-').collect();
        parts.len() == 3
            && parts[0]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && parts[1]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && parts[2].len() == 3
            && parts[2].chars().all(|c| c.is_ascii_digit())
    };
    if !id_ok {
        errs.push(format!("id `{}` must look like AWS-S3-001", m.id));
    }
    if !m
        .name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        errs.push(format!("name `{}` must be kebab-case", m.name));
    }
    if !TARGETS.contains(&m.target.as_str()) {
        errs.push(format!(
            "target `{}` is not a model type ({:?})",
            m.target, TARGETS
        ));
    }
    if m.formats.is_empty() {
        errs.push("formats must not be empty".into());
    }
    for f in m.formats.iter().chain(m.not_applicable.keys()) {
        if !FORMATS.contains(&f.as_str()) {
            errs.push(format!("unknown format `{f}`"));
        }
    }
    for f in &m.formats {
        for name in fixture_names(f) {
            if !fixtures.iter().any(|x| &x.format == f && &x.file == name) {
                errs.push(format!(
                    "format `{f}` is claimed but fixture `{f}/{name}` is missing"
                ));
            }
        }
        if !m.remediation.snippets.contains_key(f) && f != "live" {
            errs.push(format!("remediation has no snippet for `{f}`"));
        }
    }
    for line in [&m.title, &m.remediation.summary] {
        if line.contains('\n') || line.trim().is_empty() {
            errs.push("title and remediation.summary must be one non-empty line".into());
        }
    }
    for (fw, controls) in &m.compliance {
        match frameworks.iter().find(|f| &f.id == fw) {
            None => errs.push(format!("unknown compliance framework `{fw}`")),
            Some(f) => {
                for c in controls {
                    if !f.controls.iter().any(|x| &x.id == c) {
                        errs.push(format!("control `{c}` is not in the `{fw}` catalogue"));
                    }
                }
            }
        }
    }
    errs
}
