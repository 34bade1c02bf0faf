//! Resources, their stable addresses, and the graph between them.

use crate::aws;
use crate::diag::Diagnostic;
use crate::k8s;
use crate::span::{FileRef, Origin};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

/// The format a resource was read from. Rules never look at it; reporters and suppressions do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Terraform,
    Cloudformation,
    Kubernetes,
    Live,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Terraform => "terraform",
            Format::Cloudformation => "cloudformation",
            Format::Kubernetes => "kubernetes",
            Format::Live => "live",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "terraform" => Format::Terraform,
            "cloudformation" => Format::Cloudformation,
            "kubernetes" => Format::Kubernetes,
            "live" => Format::Live,
            _ => return None,
        })
    }
}

/// One resource of the normalized model.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Resource {
    /// Stable address: `aws_s3_bucket.logs`, `module.vpc.aws_subnet.private[0]`,
    /// `Resources.LogsBucket`, `apps/v1/Deployment/default/web`.
    pub address: String,
    pub format: Format,
    /// The type as written in the source (`aws_s3_bucket`, `AWS::S3::Bucket`, `Deployment`).
    pub source_type: String,
    /// The resource's header (block labels, logical id, `kind:` line).
    pub origin: Origin,
    /// For resources inside modules: the module call sites, outermost first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub call_chain: Vec<Origin>,
    /// A condition under which the resource exists, when it could not be decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// Free-form metadata kept for suppressions and custom policies: Kubernetes annotations
    /// and labels, CloudFormation `Metadata` (as JSON text), Terraform tags.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub metadata: IndexMap<String, String>,
    pub config: Config,
}

impl Resource {
    pub fn file(&self) -> Option<&str> {
        self.origin.file()
    }
}

/// The typed configuration of a resource. One variant per concept, whatever the format.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", content = "config")]
pub enum Config {
    #[serde(rename = "aws::s3::Bucket")]
    S3Bucket(Box<aws::s3::Bucket>),
    #[serde(rename = "aws::ec2::SecurityGroup")]
    SecurityGroup(Box<aws::ec2::SecurityGroup>),
    #[serde(rename = "aws::ec2::Volume")]
    Ec2Volume(Box<aws::ec2::Volume>),
    #[serde(rename = "aws::ec2::Instance")]
    Ec2Instance(Box<aws::ec2::Instance>),
    #[serde(rename = "aws::cloudtrail::Trail")]
    CloudTrail(Box<aws::cloudtrail::Trail>),
    #[serde(rename = "aws::kms::Key")]
    KmsKey(Box<aws::kms::Key>),
    #[serde(rename = "aws::dynamodb::Table")]
    DynamoDbTable(Box<aws::dynamodb::Table>),
    #[serde(rename = "aws::sns::Topic")]
    SnsTopic(Box<aws::sns::Topic>),
    #[serde(rename = "aws::sqs::Queue")]
    SqsQueue(Box<aws::sqs::Queue>),
    #[serde(rename = "aws::lambda::Function")]
    LambdaFunction(Box<aws::lambda::Function>),
    #[serde(rename = "aws::lambda::Permission")]
    LambdaPermission(Box<aws::lambda::Permission>),
    #[serde(rename = "aws::lambda::FunctionUrl")]
    LambdaFunctionUrl(Box<aws::lambda::FunctionUrl>),
    #[serde(rename = "aws::eks::Cluster")]
    EksCluster(Box<aws::eks::Cluster>),
    #[serde(rename = "aws::elasticache::ReplicationGroup")]
    ElastiCacheReplicationGroup(Box<aws::elasticache::ReplicationGroup>),
    #[serde(rename = "aws::elb::LoadBalancer")]
    LoadBalancer(Box<aws::elb::LoadBalancer>),
    #[serde(rename = "aws::elb::Listener")]
    LoadBalancerListener(Box<aws::elb::Listener>),
    #[serde(rename = "aws::efs::FileSystem")]
    EfsFileSystem(Box<aws::efs::FileSystem>),
    #[serde(rename = "aws::opensearch::Domain")]
    OpenSearchDomain(Box<aws::opensearch::Domain>),
    #[serde(rename = "aws::cloudfront::Distribution")]
    CloudFrontDistribution(Box<aws::cloudfront::Distribution>),
    #[serde(rename = "aws::ec2::Vpc")]
    Ec2Vpc(Box<aws::ec2::Vpc>),
    #[serde(rename = "aws::ec2::FlowLog")]
    Ec2FlowLog(Box<aws::ec2::FlowLog>),
    #[serde(rename = "aws::iam::Policies")]
    IamPolicies(Box<aws::iam::Policies>),
    #[serde(rename = "aws::rds::DbInstance")]
    RdsDbInstance(Box<aws::rds::DbInstance>),
    #[serde(rename = "aws::rds::DbCluster")]
    RdsDbCluster(Box<aws::rds::DbCluster>),
    #[serde(rename = "aws::ecr::Repository")]
    EcrRepository(Box<aws::ecr::Repository>),
    #[serde(rename = "aws::ecs::TaskDefinition")]
    EcsTaskDefinition(Box<aws::ecs::TaskDefinition>),
    #[serde(rename = "aws::secretsmanager::Secret")]
    SecretsManagerSecret(Box<aws::secretsmanager::Secret>),
    #[serde(rename = "aws::apigateway::Stage")]
    ApiGatewayStage(Box<aws::apigateway::Stage>),
    #[serde(rename = "aws::apigateway::Method")]
    ApiGatewayMethod(Box<aws::apigateway::Method>),
    #[serde(rename = "aws::apigateway::DomainName")]
    ApiGatewayDomainName(Box<aws::apigateway::DomainName>),
    #[serde(rename = "aws::kinesis::Stream")]
    KinesisStream(Box<aws::kinesis::Stream>),
    #[serde(rename = "aws::msk::Cluster")]
    MskCluster(Box<aws::msk::Cluster>),
    #[serde(rename = "aws::redshift::Cluster")]
    RedshiftCluster(Box<aws::redshift::Cluster>),
    #[serde(rename = "aws::logs::LogGroup")]
    LogGroup(Box<aws::logs::LogGroup>),
    #[serde(rename = "aws::config::Recorder")]
    ConfigRecorder(Box<aws::config::Recorder>),
    #[serde(rename = "aws::guardduty::Detector")]
    GuardDutyDetector(Box<aws::guardduty::Detector>),
    #[serde(rename = "aws::account::PasswordPolicy")]
    PasswordPolicy(Box<aws::account::PasswordPolicy>),
    #[serde(rename = "aws::account::S3PublicAccessBlock")]
    S3AccountPublicAccessBlock(Box<aws::account::S3PublicAccessBlock>),
    #[serde(rename = "aws::ec2::DefaultSecurityGroup")]
    DefaultSecurityGroup(Box<aws::ec2::DefaultSecurityGroup>),
    #[serde(rename = "aws::ec2::NetworkAcl")]
    Ec2NetworkAcl(Box<aws::ec2::NetworkAcl>),
    #[serde(rename = "aws::ec2::Subnet")]
    Ec2Subnet(Box<aws::ec2::Subnet>),
    #[serde(rename = "aws::ec2::EbsEncryptionByDefault")]
    EbsEncryptionByDefault(Box<aws::ec2::EbsEncryptionByDefault>),
    #[serde(rename = "aws::elb::ClassicLoadBalancer")]
    ClassicLoadBalancer(Box<aws::elb::ClassicLoadBalancer>),
    #[serde(rename = "aws::wafv2::WebAcl")]
    Wafv2WebAcl(Box<aws::wafv2::WebAcl>),
    #[serde(rename = "aws::route53::HostedZone")]
    Route53HostedZone(Box<aws::route53::HostedZone>),
    #[serde(rename = "aws::transfer::Server")]
    TransferServer(Box<aws::transfer::Server>),
    #[serde(rename = "aws::networkfirewall::Firewall")]
    NetworkFirewall(Box<aws::networkfirewall::Firewall>),
    #[serde(rename = "aws::networkfirewall::FirewallPolicy")]
    NetworkFirewallPolicy(Box<aws::networkfirewall::FirewallPolicy>),
    #[serde(rename = "aws::ec2::AmiLaunchPermission")]
    AmiLaunchPermission(Box<aws::ec2::AmiLaunchPermission>),
    #[serde(rename = "aws::ec2::PublicSharingBlock")]
    Ec2PublicSharingBlock(Box<aws::ec2::PublicSharingBlock>),
    #[serde(rename = "aws::ec2::InstanceMetadataDefaults")]
    InstanceMetadataDefaults(Box<aws::ec2::InstanceMetadataDefaults>),
    #[serde(rename = "aws::rds::DbProxy")]
    RdsDbProxy(Box<aws::rds::DbProxy>),
    #[serde(rename = "aws::docdb::Cluster")]
    DocDbCluster(Box<aws::docdb::Cluster>),
    #[serde(rename = "aws::neptune::Cluster")]
    NeptuneCluster(Box<aws::neptune::Cluster>),
    #[serde(rename = "aws::dms::ReplicationInstance")]
    DmsReplicationInstance(Box<aws::dms::ReplicationInstance>),
    #[serde(rename = "aws::dms::Endpoint")]
    DmsEndpoint(Box<aws::dms::Endpoint>),
    #[serde(rename = "aws::sagemaker::NotebookInstance")]
    SageMakerNotebookInstance(Box<aws::sagemaker::NotebookInstance>),
    #[serde(rename = "aws::mq::Broker")]
    MqBroker(Box<aws::mq::Broker>),
    #[serde(rename = "aws::mwaa::Environment")]
    MwaaEnvironment(Box<aws::mwaa::Environment>),
    #[serde(rename = "aws::batch::JobDefinition")]
    BatchJobDefinition(Box<aws::batch::JobDefinition>),
    #[serde(rename = "aws::emr::Cluster")]
    EmrCluster(Box<aws::emr::Cluster>),
    #[serde(rename = "aws::emr::BlockPublicAccess")]
    EmrBlockPublicAccess(Box<aws::emr::BlockPublicAccess>),
    #[serde(rename = "aws::kinesis::DeliveryStream")]
    FirehoseDeliveryStream(Box<aws::kinesis::DeliveryStream>),
    #[serde(rename = "aws::eks::NodeGroup")]
    EksNodeGroup(Box<aws::eks::NodeGroup>),
    #[serde(rename = "aws::ecs::Service")]
    EcsService(Box<aws::ecs::Service>),
    #[serde(rename = "aws::lambda::LayerPermission")]
    LambdaLayerPermission(Box<aws::lambda::LayerPermission>),
    #[serde(rename = "aws::sagemaker::EndpointConfig")]
    SageMakerEndpointConfig(Box<aws::sagemaker::EndpointConfig>),
    #[serde(rename = "aws::sagemaker::Model")]
    SageMakerModel(Box<aws::sagemaker::Model>),
    #[serde(rename = "aws::elasticbeanstalk::Environment")]
    ElasticBeanstalkEnvironment(Box<aws::elasticbeanstalk::Environment>),
    #[serde(rename = "aws::dynamodb::DaxCluster")]
    DaxCluster(Box<aws::dynamodb::DaxCluster>),
    #[serde(rename = "aws::backup::Vault")]
    BackupVault(Box<aws::backup::Vault>),
    #[serde(rename = "aws::glacier::Vault")]
    GlacierVault(Box<aws::glacier::Vault>),
    #[serde(rename = "aws::ssm::Parameter")]
    SsmParameter(Box<aws::ssm::Parameter>),
    #[serde(rename = "aws::ssm::Document")]
    SsmDocument(Box<aws::ssm::Document>),
    #[serde(rename = "aws::codebuild::Project")]
    CodeBuildProject(Box<aws::codebuild::Project>),
    #[serde(rename = "aws::athena::Workgroup")]
    AthenaWorkgroup(Box<aws::athena::Workgroup>),
    #[serde(rename = "aws::glue::DataCatalogEncryption")]
    GlueDataCatalogEncryption(Box<aws::glue::DataCatalogEncryption>),
    #[serde(rename = "aws::glue::SecurityConfiguration")]
    GlueSecurityConfiguration(Box<aws::glue::SecurityConfiguration>),
    #[serde(rename = "aws::glue::Connection")]
    GlueConnection(Box<aws::glue::Connection>),
    #[serde(rename = "aws::workspaces::Workspace")]
    WorkSpacesWorkspace(Box<aws::workspaces::Workspace>),
    #[serde(rename = "aws::efs::AccessPoint")]
    EfsAccessPoint(Box<aws::efs::AccessPoint>),
    #[serde(rename = "aws::glue::Job")]
    GlueJob(Box<aws::glue::Job>),
    #[serde(rename = "aws::iam::AccessKey")]
    IamAccessKey(Box<aws::iam::AccessKey>),
    #[serde(rename = "aws::sns::Subscription")]
    SnsSubscription(Box<aws::sns::Subscription>),
    #[serde(rename = "aws::eventbridge::BusPolicy")]
    EventBridgeBusPolicy(Box<aws::eventbridge::BusPolicy>),
    #[serde(rename = "aws::logs::ResourcePolicy")]
    LogsResourcePolicy(Box<aws::logs::ResourcePolicy>),
    #[serde(rename = "aws::cognito::UserPool")]
    CognitoUserPool(Box<aws::cognito::UserPool>),
    #[serde(rename = "aws::cognito::UserPoolClient")]
    CognitoUserPoolClient(Box<aws::cognito::UserPoolClient>),
    #[serde(rename = "aws::cognito::IdentityPool")]
    CognitoIdentityPool(Box<aws::cognito::IdentityPool>),
    #[serde(rename = "aws::sfn::StateMachine")]
    SfnStateMachine(Box<aws::sfn::StateMachine>),
    #[serde(rename = "aws::appsync::GraphqlApi")]
    AppSyncGraphqlApi(Box<aws::appsync::GraphqlApi>),
    #[serde(rename = "aws::acm::Certificate")]
    AcmCertificate(Box<aws::acm::Certificate>),
    #[serde(rename = "k8s::Workload")]
    Workload(Box<k8s::Workload>),
    #[serde(rename = "k8s::Role")]
    K8sRole(Box<k8s::Role>),
    #[serde(rename = "k8s::RoleBinding")]
    K8sRoleBinding(Box<k8s::RoleBinding>),
    #[serde(rename = "k8s::ServiceAccount")]
    K8sServiceAccount(Box<k8s::ServiceAccount>),
    #[serde(rename = "k8s::Service")]
    K8sService(Box<k8s::Service>),
    #[serde(rename = "k8s::Ingress")]
    K8sIngress(Box<k8s::Ingress>),
    #[serde(rename = "k8s::NetworkPolicy")]
    K8sNetworkPolicy(Box<k8s::NetworkPolicy>),
    #[serde(rename = "k8s::Namespace")]
    K8sNamespace(Box<k8s::Namespace>),
    #[serde(rename = "k8s::Secret")]
    K8sSecret(Box<k8s::Secret>),
    #[serde(rename = "k8s::ConfigMap")]
    K8sConfigMap(Box<k8s::ConfigMap>),
    #[serde(rename = "k8s::PodDisruptionBudget")]
    K8sPodDisruptionBudget(Box<k8s::PodDisruptionBudget>),
    #[serde(rename = "k8s::HorizontalPodAutoscaler")]
    K8sHorizontalPodAutoscaler(Box<k8s::HorizontalPodAutoscaler>),
    /// A resource the model does not type yet: listed for the graph, checked by no rule.
    #[serde(rename = "unmodelled")]
    Unmodelled,
}

impl Config {
    /// The model type name, as rules declare it in `rule.yaml` (`target:`).
    pub fn type_name(&self) -> &'static str {
        match self {
            Config::S3Bucket(_) => "aws::s3::Bucket",
            Config::SecurityGroup(_) => "aws::ec2::SecurityGroup",
            Config::Ec2Volume(_) => "aws::ec2::Volume",
            Config::Ec2Instance(_) => "aws::ec2::Instance",
            Config::IamPolicies(_) => "aws::iam::Policies",
            Config::EfsFileSystem(_) => "aws::efs::FileSystem",
            Config::OpenSearchDomain(_) => "aws::opensearch::Domain",
            Config::CloudFrontDistribution(_) => "aws::cloudfront::Distribution",
            Config::Ec2Vpc(_) => "aws::ec2::Vpc",
            Config::Ec2FlowLog(_) => "aws::ec2::FlowLog",
            Config::EksCluster(_) => "aws::eks::Cluster",
            Config::ElastiCacheReplicationGroup(_) => "aws::elasticache::ReplicationGroup",
            Config::LoadBalancer(_) => "aws::elb::LoadBalancer",
            Config::LoadBalancerListener(_) => "aws::elb::Listener",
            Config::LambdaFunction(_) => "aws::lambda::Function",
            Config::LambdaPermission(_) => "aws::lambda::Permission",
            Config::LambdaFunctionUrl(_) => "aws::lambda::FunctionUrl",
            Config::DynamoDbTable(_) => "aws::dynamodb::Table",
            Config::SnsTopic(_) => "aws::sns::Topic",
            Config::SqsQueue(_) => "aws::sqs::Queue",
            Config::CloudTrail(_) => "aws::cloudtrail::Trail",
            Config::KmsKey(_) => "aws::kms::Key",
            Config::RdsDbInstance(_) => "aws::rds::DbInstance",
            Config::RdsDbCluster(_) => "aws::rds::DbCluster",
            Config::EcrRepository(_) => "aws::ecr::Repository",
            Config::EcsTaskDefinition(_) => "aws::ecs::TaskDefinition",
            Config::SecretsManagerSecret(_) => "aws::secretsmanager::Secret",
            Config::ApiGatewayStage(_) => "aws::apigateway::Stage",
            Config::ApiGatewayMethod(_) => "aws::apigateway::Method",
            Config::ApiGatewayDomainName(_) => "aws::apigateway::DomainName",
            Config::KinesisStream(_) => "aws::kinesis::Stream",
            Config::MskCluster(_) => "aws::msk::Cluster",
            Config::RedshiftCluster(_) => "aws::redshift::Cluster",
            Config::LogGroup(_) => "aws::logs::LogGroup",
            Config::ConfigRecorder(_) => "aws::config::Recorder",
            Config::GuardDutyDetector(_) => "aws::guardduty::Detector",
            Config::PasswordPolicy(_) => "aws::account::PasswordPolicy",
            Config::S3AccountPublicAccessBlock(_) => "aws::account::S3PublicAccessBlock",
            Config::DefaultSecurityGroup(_) => "aws::ec2::DefaultSecurityGroup",
            Config::Ec2NetworkAcl(_) => "aws::ec2::NetworkAcl",
            Config::Ec2Subnet(_) => "aws::ec2::Subnet",
            Config::EbsEncryptionByDefault(_) => "aws::ec2::EbsEncryptionByDefault",
            Config::ClassicLoadBalancer(_) => "aws::elb::ClassicLoadBalancer",
            Config::Wafv2WebAcl(_) => "aws::wafv2::WebAcl",
            Config::Route53HostedZone(_) => "aws::route53::HostedZone",
            Config::TransferServer(_) => "aws::transfer::Server",
            Config::NetworkFirewall(_) => "aws::networkfirewall::Firewall",
            Config::NetworkFirewallPolicy(_) => "aws::networkfirewall::FirewallPolicy",
            Config::AmiLaunchPermission(_) => "aws::ec2::AmiLaunchPermission",
            Config::Ec2PublicSharingBlock(_) => "aws::ec2::PublicSharingBlock",
            Config::InstanceMetadataDefaults(_) => "aws::ec2::InstanceMetadataDefaults",
            Config::RdsDbProxy(_) => "aws::rds::DbProxy",
            Config::DocDbCluster(_) => "aws::docdb::Cluster",
            Config::NeptuneCluster(_) => "aws::neptune::Cluster",
            Config::DmsReplicationInstance(_) => "aws::dms::ReplicationInstance",
            Config::DmsEndpoint(_) => "aws::dms::Endpoint",
            Config::SageMakerNotebookInstance(_) => "aws::sagemaker::NotebookInstance",
            Config::MqBroker(_) => "aws::mq::Broker",
            Config::MwaaEnvironment(_) => "aws::mwaa::Environment",
            Config::BatchJobDefinition(_) => "aws::batch::JobDefinition",
            Config::EmrCluster(_) => "aws::emr::Cluster",
            Config::EmrBlockPublicAccess(_) => "aws::emr::BlockPublicAccess",
            Config::FirehoseDeliveryStream(_) => "aws::kinesis::DeliveryStream",
            Config::EksNodeGroup(_) => "aws::eks::NodeGroup",
            Config::EcsService(_) => "aws::ecs::Service",
            Config::LambdaLayerPermission(_) => "aws::lambda::LayerPermission",
            Config::SageMakerEndpointConfig(_) => "aws::sagemaker::EndpointConfig",
            Config::SageMakerModel(_) => "aws::sagemaker::Model",
            Config::ElasticBeanstalkEnvironment(_) => "aws::elasticbeanstalk::Environment",
            Config::DaxCluster(_) => "aws::dynamodb::DaxCluster",
            Config::BackupVault(_) => "aws::backup::Vault",
            Config::GlacierVault(_) => "aws::glacier::Vault",
            Config::SsmParameter(_) => "aws::ssm::Parameter",
            Config::SsmDocument(_) => "aws::ssm::Document",
            Config::CodeBuildProject(_) => "aws::codebuild::Project",
            Config::AthenaWorkgroup(_) => "aws::athena::Workgroup",
            Config::GlueDataCatalogEncryption(_) => "aws::glue::DataCatalogEncryption",
            Config::GlueSecurityConfiguration(_) => "aws::glue::SecurityConfiguration",
            Config::GlueConnection(_) => "aws::glue::Connection",
            Config::WorkSpacesWorkspace(_) => "aws::workspaces::Workspace",
            Config::EfsAccessPoint(_) => "aws::efs::AccessPoint",
            Config::GlueJob(_) => "aws::glue::Job",
            Config::IamAccessKey(_) => "aws::iam::AccessKey",
            Config::SnsSubscription(_) => "aws::sns::Subscription",
            Config::EventBridgeBusPolicy(_) => "aws::eventbridge::BusPolicy",
            Config::LogsResourcePolicy(_) => "aws::logs::ResourcePolicy",
            Config::CognitoUserPool(_) => "aws::cognito::UserPool",
            Config::CognitoUserPoolClient(_) => "aws::cognito::UserPoolClient",
            Config::CognitoIdentityPool(_) => "aws::cognito::IdentityPool",
            Config::SfnStateMachine(_) => "aws::sfn::StateMachine",
            Config::AppSyncGraphqlApi(_) => "aws::appsync::GraphqlApi",
            Config::AcmCertificate(_) => "aws::acm::Certificate",
            Config::Workload(_) => "k8s::Workload",
            Config::K8sRole(_) => "k8s::Role",
            Config::K8sRoleBinding(_) => "k8s::RoleBinding",
            Config::K8sServiceAccount(_) => "k8s::ServiceAccount",
            Config::K8sService(_) => "k8s::Service",
            Config::K8sIngress(_) => "k8s::Ingress",
            Config::K8sNetworkPolicy(_) => "k8s::NetworkPolicy",
            Config::K8sNamespace(_) => "k8s::Namespace",
            Config::K8sSecret(_) => "k8s::Secret",
            Config::K8sConfigMap(_) => "k8s::ConfigMap",
            Config::K8sPodDisruptionBudget(_) => "k8s::PodDisruptionBudget",
            Config::K8sHorizontalPodAutoscaler(_) => "k8s::HorizontalPodAutoscaler",
            Config::Unmodelled => "unmodelled",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// One resource's configuration refers to another's.
    References,
    /// A split-out block was joined into this resource (e.g. a bucket's encryption
    /// configuration, a security group rule).
    Attaches,
    /// A Service or NetworkPolicy selects a workload.
    Selects,
    /// A workload runs as a service account, a binding grants a role.
    Uses,
}

/// A typed edge between two resources of the same [`Model`] (indices into `resources`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub kind: EdgeKind,
}

/// What one frontend produced for one unit of input (a Terraform module, a template, a
/// manifest file): resources with edges between them (indices local to the unit), the files it
/// read, and diagnostics.
#[derive(Clone, Debug, Default)]
pub struct Unit {
    pub resources: Vec<Resource>,
    pub edges: Vec<Edge>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file that contributed, with its text (for snippets and suppressions).
    pub files: Vec<(FileRef, std::sync::Arc<str>)>,
}

/// The whole model of a scan.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Model {
    pub resources: Vec<Resource>,
    pub edges: Vec<Edge>,
    /// Edge indices by source and by target, built on first use (after the edges are final).
    #[serde(skip)]
    adjacency: std::sync::OnceLock<Adjacency>,
    /// Indexes that rules derive from the whole model, computed once per scan (see [`Model::memo`]).
    #[serde(skip)]
    memos: std::sync::Mutex<MemoMap>,
}

type MemoMap =
    std::collections::HashMap<std::any::TypeId, std::sync::Arc<dyn std::any::Any + Send + Sync>>;

impl Clone for Model {
    fn clone(&self) -> Self {
        Model {
            resources: self.resources.clone(),
            edges: self.edges.clone(),
            adjacency: Default::default(),
            memos: Default::default(),
        }
    }
}

/// Edge indices by source resource and by target resource.
type Adjacency = (Vec<Vec<usize>>, Vec<Vec<usize>>);

impl Model {
    /// Appends a unit, remapping its edges.
    pub fn push_unit(&mut self, unit: &Unit) {
        self.reindex();
        let base = self.resources.len();
        self.resources.extend(unit.resources.iter().cloned());
        self.edges.extend(unit.edges.iter().map(|e| Edge {
            from: e.from + base,
            to: e.to + base,
            kind: e.kind,
        }));
    }

    /// Appends a unit by value (no copy of its resources), remapping its edges.
    pub fn append_unit(&mut self, unit: &mut Unit) {
        let base = self.resources.len();
        self.resources.append(&mut unit.resources);
        self.edges.extend(unit.edges.drain(..).map(|e| Edge {
            from: e.from + base,
            to: e.to + base,
            kind: e.kind,
        }));
        self.reindex();
    }

    /// Forgets the adjacency index and memos after `resources` or `edges` changed.
    pub fn reindex(&mut self) {
        self.adjacency = Default::default();
        self.memos = Default::default();
    }

    /// A value derived from the whole model, computed on first use and shared afterwards
    /// (one per type `T`): lets a rule look things up across the model without rescanning it
    /// for every resource.
    pub fn memo<T: std::any::Any + Send + Sync>(
        &self,
        init: impl FnOnce(&Model) -> T,
    ) -> std::sync::Arc<T> {
        let key = std::any::TypeId::of::<T>();
        if let Some(v) = self.memos.lock().ok().and_then(|m| m.get(&key).cloned()) {
            if let Ok(t) = v.downcast::<T>() {
                return t;
            }
        }
        let value = std::sync::Arc::new(init(self));
        if let Ok(mut m) = self.memos.lock() {
            m.entry(key).or_insert_with(|| value.clone());
        }
        value
    }

    fn adjacency(&self) -> &Adjacency {
        self.adjacency.get_or_init(|| {
            let n = self.resources.len();
            let mut from = vec![Vec::new(); n];
            let mut to = vec![Vec::new(); n];
            for (i, e) in self.edges.iter().enumerate() {
                if let Some(v) = from.get_mut(e.from) {
                    v.push(i);
                }
                if let Some(v) = to.get_mut(e.to) {
                    v.push(i);
                }
            }
            (from, to)
        })
    }

    /// Edges leaving a resource.
    pub fn edges_from(&self, idx: usize) -> impl Iterator<Item = &Edge> {
        let list = self
            .adjacency()
            .0
            .get(idx)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        list.iter().map(move |&i| &self.edges[i])
    }

    /// Edges arriving at a resource.
    pub fn edges_to(&self, idx: usize) -> impl Iterator<Item = &Edge> {
        let list = self
            .adjacency()
            .1
            .get(idx)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        list.iter().map(move |&i| &self.edges[i])
    }
}
