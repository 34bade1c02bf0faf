//! The AWS service adapters: documented defaults, inherited settings and provenance.

use crate::support::*;
use parapet_model::aws::iam::Kind;
use parapet_model::policy::UNKNOWN;
use parapet_model::{Config, State, Value};

fn is_defaulted<T: PartialEq + std::fmt::Debug>(v: &Value<T>, want: T) -> bool {
    matches!(&v.state, State::Defaulted(x) if *x == want)
}

const RDS: &str = r#"Parameters:
  Snapshot:
    Type: String
Resources:
  App:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      MasterUsername: app
      MasterUserPassword: "{{resolve:secretsmanager:app:SecretString:password}}"
  Restored:
    Type: AWS::RDS::DBInstance
    Properties:
      DBSnapshotIdentifier: !Ref Snapshot
      DBInstanceClass: db.t3.micro
      StorageEncrypted: false
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      MasterUsername: app
      MasterUserPassword: hunter2hunter2
  Writer:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-mysql
      DBClusterIdentifier: !Ref Cluster
      DBInstanceClass: db.r6g.large
"#;

#[test]
fn rds_defaults_inheritance_and_passwords() {
    let u = load(RDS);
    assert_clean(&u);
    let Config::RdsDbInstance(app) = &res(&u, "App").config else {
        panic!()
    };
    assert!(is_defaulted(&app.storage_encrypted, false));
    assert_eq!(line(&app.storage_encrypted), 5);
    // RDS decides from the subnet group's VPC: not a default we can state.
    assert!(app.publicly_accessible.unknown_reason().is_some());
    assert!(is_defaulted(&app.backup_retention_period, 1));
    // A dynamic reference is resolved at deploy time: no password in the template.
    assert!(!explicit(&app.master_password_in_code));

    let Config::RdsDbInstance(restored) = &res(&u, "Restored").config else {
        panic!()
    };
    assert!(unknown(&restored.storage_encrypted).contains("DBSnapshotIdentifier"));

    let Config::RdsDbCluster(cluster) = &res(&u, "Cluster").config else {
        panic!()
    };
    assert!(explicit(&cluster.master_password_in_code));
    assert_eq!(
        line(&cluster.master_password_in_code),
        line_of(RDS, "hunter2")
    );

    let Config::RdsDbInstance(writer) = &res(&u, "Writer").config else {
        panic!()
    };
    assert_eq!(writer.is_cluster_member(), Some(true));
    assert!(!writer.storage_encrypted.is_known());
}

const IAM: &str = r#"Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: lambda.amazonaws.com}
            Action: sts:AssumeRole
      Policies:
        - PolicyName: read
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [s3:GetObject]
                Resource: !Sub "${Bucket.Arn}/*"
  Group:
    Type: AWS::IAM::Group
  Standalone:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: standalone
      Groups: [!Ref Group]
      PolicyDocument: '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
"#;

#[test]
fn iam_documents_keep_their_unknown_parts() {
    let u = load(IAM);
    assert_clean(&u);
    let Config::IamPolicies(role) = &res(&u, "Role").config else {
        panic!()
    };
    assert_eq!(role.kind, Kind::Role);
    let doc = explicit(&role.documents[0].policy).unwrap();
    let s = &doc.statements[0];
    assert_eq!(s.resources, vec![UNKNOWN]);
    assert_eq!(s.allows_action_on_any_resource("s3:GetObject"), None);
    assert_eq!(
        line(&role.documents[0].policy),
        line_of(IAM, "          PolicyDocument:")
    );
    assert_eq!(
        s.origin.line(),
        Some(line_of(IAM, "Action: [s3:GetObject]") - 1)
    );

    let Config::IamPolicies(group) = &res(&u, "Group").config else {
        panic!()
    };
    assert_eq!(group.kind, Kind::Group);
    assert!(group.documents.is_empty());

    let Config::IamPolicies(p) = &res(&u, "Standalone").config else {
        panic!()
    };
    assert_eq!(p.kind, Kind::InlinePolicy);
    let doc = explicit(&p.documents[0].policy).unwrap();
    assert_eq!(
        doc.statements[0].allows_action_on_any_resource("iam:PassRole"),
        Some(true)
    );
}

const EDGE: &str = r#"Resources:
  Instance:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: {VolumeSize: 20}
        - DeviceName: /dev/sdf
          Ebs: {VolumeSize: 100}
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: arn
      Port: 443
      Protocol: HTTPS
      DefaultActions:
        - Type: forward
          TargetGroupArn: arn
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: site
          ViewerProtocolPolicy: allow-all
  Queue:
    Type: AWS::SQS::Queue
"#;

#[test]
fn ec2_elb_cloudfront_and_sqs_defaults() {
    let u = load(EDGE);
    assert_clean(&u);
    let Config::Ec2Instance(i) = &res(&u, "Instance").config else {
        panic!()
    };
    assert!(is_defaulted(&i.http_tokens, None));
    // The AMI's root device inherits the snapshot's encryption; an extra volume starts empty.
    assert!(!i.block_devices[0].encrypted.is_known());
    assert!(is_defaulted(&i.block_devices[1].encrypted, false));

    let Config::LoadBalancerListener(l) = &res(&u, "Listener").config else {
        panic!()
    };
    assert!(is_defaulted(
        &l.ssl_policy,
        "ELBSecurityPolicy-2016-08".to_string()
    ));
    assert!(!explicit(&l.redirects_to_https));

    let Config::CloudFrontDistribution(d) = &res(&u, "Distribution").config else {
        panic!()
    };
    assert!(is_defaulted(&d.default_certificate, true));
    assert_eq!(
        explicit(&d.behaviors[0].viewer_protocol_policy),
        "allow-all"
    );

    let Config::SqsQueue(q) = &res(&u, "Queue").config else {
        panic!()
    };
    assert!(is_defaulted(&q.sqs_managed_sse, true));
}
