//! The S3 bucket and security group adapters: values, states and lines.

use crate::support::*;
use parapet_model::{Config, EdgeKind};

#[test]
fn bucket_without_properties_takes_aws_defaults_at_its_header() {
    let t = "Resources:\n  Plain:\n    Type: AWS::S3::Bucket\n";
    let u = load(t);
    assert_clean(&u);
    let r = res(&u, "Plain");
    assert_eq!(r.source_type, "AWS::S3::Bucket");
    assert_eq!(r.origin.line(), Some(2));
    assert_eq!(r.format, parapet_model::Format::Cloudformation);
    let b = bucket(&u, "Plain");
    assert_eq!(defaulted(&b.name), None);
    assert!(defaulted(&b.encryption).is_none());
    for (_, v) in b.public_access_block.all() {
        assert!(defaulted(v));
        assert_eq!(line(v), 2);
    }
    assert!(!defaulted(&b.versioning));
    assert!(!b.mfa_delete.is_known());
    assert!(!defaulted(&b.logging));
    assert_eq!(defaulted(&b.acl), None);
    assert!(defaulted(&b.policy).is_none());
    assert!(!defaulted(&b.object_lock));
    for v in [&b.versioning, &b.logging, &b.object_lock] {
        assert_eq!(line(v), 2);
    }
}

const FULL: &str = r#"AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip: [{id: CKV_AWS_18}]
      ref: !Ref Key
    Properties:
      BucketName: data-bucket
      AccessControl: Private
      ObjectLockEnabled: true
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        RestrictPublicBuckets: "false"
      VersioningConfiguration:
        Status: Enabled
      LoggingConfiguration:
        DestinationBucketName: logs
  Key:
    Type: AWS::KMS::Key
"#;

#[test]
fn written_bucket_properties_are_explicit_with_their_lines() {
    let u = load(FULL);
    assert_clean(&u);
    let b = bucket(&u, "Data");
    assert_eq!(explicit(&b.name), Some("data-bucket".to_string()));
    assert_eq!(line(&b.name), 10);
    assert_eq!(explicit(&b.acl), Some("Private".to_string()));
    assert_eq!(line(&b.acl), 11);
    assert!(explicit(&b.object_lock));
    assert_eq!(line(&b.object_lock), 12);
    let enc = explicit(&b.encryption).expect("encryption");
    assert_eq!(explicit(&enc.algorithm), "aws:kms");
    assert_eq!(line(&enc.algorithm), 16);
    assert!(unknown(&enc.kms_key_id).contains("Key.Arn"));
    assert_eq!(line(&enc.kms_key_id), 17);
    let pab = &b.public_access_block;
    assert!(explicit(&pab.block_public_acls));
    assert_eq!(line(&pab.block_public_acls), 19);
    assert!(!explicit(&pab.restrict_public_buckets));
    assert_eq!(line(&pab.restrict_public_buckets), 20);
    // Omitted settings of a written configuration default to off, at the configuration's key.
    assert!(!defaulted(&pab.block_public_policy));
    assert!(!defaulted(&pab.ignore_public_acls));
    assert_eq!(line(&pab.ignore_public_acls), 18);
    assert!(explicit(&b.versioning));
    assert_eq!(line(&b.versioning), 22);
    assert!(explicit(&b.logging));
    assert_eq!(line(&b.logging), 23);
    assert!(!b.mfa_delete.is_known());
    assert!(has_edge(&u, "Data", "Key", EdgeKind::References));
}

#[test]
fn metadata_is_kept_as_compact_json() {
    let u = load(FULL);
    let m = res(&u, "Data")
        .metadata
        .get("cfn:Metadata")
        .expect("metadata");
    assert_eq!(
        m,
        r#"{"checkov":{"skip":[{"id":"CKV_AWS_18"}]},"ref":{"Ref":"Key"}}"#
    );
    assert!(res(&u, "Key").metadata.is_empty());
    assert!(matches!(res(&u, "Key").config, Config::KmsKey(_)));
}

#[test]
fn unresolvable_bucket_settings_are_unknown() {
    let t = "Parameters:\n  Block: {Type: String}\n  Status: {Type: String}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: !Ref Block\n      VersioningConfiguration:\n        Status: !Ref Status\n      BucketEncryption: !ImportValue enc\n      LoggingConfiguration: !ImportValue logs\n";
    let u = load(t);
    assert_clean(&u);
    let b = bucket(&u, "B");
    assert!(unknown(&b.public_access_block.block_public_acls).contains("Block"));
    assert_eq!(line(&b.public_access_block.block_public_acls), 9);
    assert!(!defaulted(&b.public_access_block.block_public_policy));
    assert!(unknown(&b.versioning).contains("Status"));
    assert!(unknown(&b.encryption).contains("enc"));
    assert_eq!(line(&b.encryption), 12);
    assert!(unknown(&b.logging).contains("logs"));
}

#[test]
fn sse_s3_bucket() {
    let t = "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n      VersioningConfiguration:\n        Status: Suspended\n";
    let u = load(t);
    let b = bucket(&u, "B");
    let enc = explicit(&b.encryption).expect("encryption");
    assert_eq!(explicit(&enc.algorithm), "AES256");
    assert_eq!(defaulted(&enc.kms_key_id), None);
    assert!(!explicit(&b.versioning));
}

const POLICY: &str = r#"Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: site-bucket
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "${Site.Arn}/*"
  ByName:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: site-bucket
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: {AWS: "*"}
            Action: "s3:*"
            Resource: "*"
  Other:
    Type: AWS::S3::Bucket
  OtherPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: {"Ref": "Other"}
      PolicyDocument: !ImportValue shared-policy
"#;

#[test]
fn bucket_policies_are_joined_into_their_bucket() {
    let u = load(POLICY);
    assert_clean(&u);
    let b = bucket(&u, "Site");
    let p = explicit(&b.policy).expect("a policy");
    assert_eq!(line(&b.policy), 10);
    assert_eq!(p.statements.len(), 2);
    assert_eq!(p.statements[0].effect, "Allow");
    assert_eq!(
        p.statements[0].principals,
        vec![("*".to_string(), "*".to_string())]
    );
    assert_eq!(p.statements[0].actions, vec!["s3:GetObject"]);
    assert_eq!(p.statements[1].effect, "Deny");
    assert!(has_edge(&u, "SitePolicy", "Site", EdgeKind::Attaches));
    assert!(has_edge(&u, "SitePolicy", "Site", EdgeKind::References));
    assert!(has_edge(&u, "ByName", "Site", EdgeKind::Attaches));
    assert!(matches!(res(&u, "SitePolicy").config, Config::Unmodelled));
    let o = bucket(&u, "Other");
    assert!(unknown(&o.policy).contains("shared-policy"));
    assert!(has_edge(&u, "OtherPolicy", "Other", EdgeKind::Attaches));
}

#[test]
fn conditional_bucket_policy_makes_the_policy_unknown() {
    let t = "Parameters:\n  P: {Type: String}\nConditions:\n  C: !Equals [!Ref P, x]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n  BP:\n    Type: AWS::S3::BucketPolicy\n    Condition: C\n    Properties:\n      Bucket: !Ref B\n      PolicyDocument: {Statement: [{Effect: Allow, Action: '*', Principal: '*', Resource: '*'}]}\n";
    let u = load(t);
    assert!(unknown(&bucket(&u, "B").policy).contains("exists only under"));
    assert_eq!(res(&u, "BP").condition.as_deref(), Some("C"));
}

const GROUP: &str = r#"Parameters:
  Cidr:
    Type: String
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: web
      GroupDescription: web servers
      SecurityGroupIngress:
        - IpProtocol: "6"
          FromPort: 443
          ToPort: "443"
          CidrIp: 0.0.0.0/0
          Description: https
        - IpProtocol: -1
          CidrIpv6: "::/0"
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Ref Cidr
  SshIn:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Web.GroupId
      IpProtocol: tcp
      FromPort: 3389
      ToPort: 3389
      CidrIp: 10.0.0.0/8
  ByRef:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Web
      IpProtocol: udp
      FromPort: 53
      ToPort: 53
      CidrIp: 10.0.0.0/8
  ByName:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupName: {"Ref": "Web"}
      IpProtocol: icmp
      FromPort: -1
      ToPort: -1
      CidrIp: 10.0.0.0/8
  Out:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !Ref Web
      IpProtocol: tcp
      FromPort: 443
      ToPort: 443
      CidrIp: 10.1.0.0/16
  Closed:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: closed
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 10.0.0.0/8
  Foreign:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: sg-12345
      IpProtocol: tcp
      FromPort: 1
      ToPort: 2
"#;

#[test]
fn inline_rules_are_typed_with_their_own_lines() {
    let u = load(GROUP);
    assert_clean(&u);
    let g = group(&u, "Web");
    assert_eq!(explicit(&g.name), Some("web".to_string()));
    assert_eq!(explicit(&g.description), Some("web servers".to_string()));
    let r = &g.ingress[0];
    assert_eq!(explicit(&r.protocol), "tcp");
    assert_eq!(explicit(&r.from_port), Some(443));
    assert_eq!(explicit(&r.to_port), Some(443));
    assert_eq!(explicit(&r.cidr_ipv4), vec!["0.0.0.0/0"]);
    assert_eq!(defaulted(&r.cidr_ipv6), Vec::<String>::new());
    assert_eq!(explicit(&r.description), Some("https".to_string()));
    assert_eq!(r.origin.line(), Some(11));
    assert_eq!(line(&r.from_port), 12);
    assert_eq!(line(&r.cidr_ipv4), 14);
    assert_eq!(r.covers_tcp_port(443), Some(true));
    let all = &g.ingress[1];
    assert_eq!(explicit(&all.protocol), "-1");
    assert_eq!(defaulted(&all.from_port), None);
    assert_eq!(line(&all.from_port), 16);
    assert_eq!(explicit(&all.cidr_ipv6), vec!["::/0"]);
    let ssh = &g.ingress[2];
    assert!(unknown(&ssh.cidr_ipv4).contains("Cidr"));
    assert_eq!(ssh.covers_tcp_port(22), Some(true));
}

#[test]
fn standalone_rules_are_joined_at_their_resource_header() {
    let u = load(GROUP);
    let g = group(&u, "Web");
    assert_eq!(g.ingress.len(), 6);
    let rdp = &g.ingress[3];
    assert_eq!(explicit(&rdp.protocol), "tcp");
    assert_eq!(explicit(&rdp.from_port), Some(3389));
    assert_eq!(rdp.origin.line(), Some(line_of(GROUP, "SshIn:")));
    assert_eq!(line(&rdp.cidr_ipv4), line_of(GROUP, "CidrIp: 10.0.0.0/8"));
    assert_eq!(defaulted(&rdp.description), None);
    assert_eq!(line(&rdp.description), line_of(GROUP, "SshIn:"));
    assert_eq!(explicit(&g.ingress[4].protocol), "udp");
    assert_eq!(explicit(&g.ingress[5].protocol), "icmp");
    for id in ["SshIn", "ByRef", "ByName", "Out"] {
        assert!(has_edge(&u, id, "Web", EdgeKind::Attaches), "{id}");
    }
    assert!(!has_edge(&u, "Foreign", "Web", EdgeKind::Attaches));
    assert!(matches!(res(&u, "SshIn").config, Config::Unmodelled));
}

#[test]
fn egress_defaults_to_allow_all_unless_written() {
    let u = load(GROUP);
    let web = group(&u, "Web");
    // The default rule stays: standalone egress resources do not remove it.
    assert_eq!(web.egress.len(), 2);
    let d = &web.egress[0];
    assert_eq!(defaulted(&d.protocol), "-1");
    assert_eq!(defaulted(&d.cidr_ipv4), vec!["0.0.0.0/0"]);
    assert_eq!(d.origin.line(), Some(line_of(GROUP, "Web:")));
    assert_eq!(line(&d.protocol), line_of(GROUP, "Web:"));
    assert_eq!(explicit(&web.egress[1].cidr_ipv4), vec!["10.1.0.0/16"]);
    let closed = group(&u, "Closed");
    assert_eq!(closed.egress.len(), 1);
    assert_eq!(explicit(&closed.egress[0].protocol), "tcp");
    assert!(closed.ingress.is_empty());
}

#[test]
fn unresolvable_rules_are_unknown_never_guessed() {
    let t = "Parameters:\n  P: {Type: String}\nConditions:\n  C: !Equals [!Ref P, x]\nResources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress: !If\n        - C\n        - - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}\n        - !Ref AWS::NoValue\n      SecurityGroupEgress:\n        - !ImportValue rule\n        - {IpProtocol: !Ref P, CidrIp: 0.0.0.0/0}\n  In:\n    Type: AWS::EC2::SecurityGroupIngress\n    Condition: C\n    Properties:\n      GroupId: !Ref G\n      IpProtocol: tcp\n      FromPort: 80\n      ToPort: 80\n      CidrIp: 0.0.0.0/0\n";
    let u = load(t);
    assert_clean(&u);
    let g = group(&u, "G");
    assert_eq!(g.ingress.len(), 2);
    assert!(unknown(&g.ingress[0].protocol).contains("absent"));
    assert_eq!(g.ingress[0].covers_tcp_port(22), None);
    assert!(unknown(&g.ingress[1].protocol).contains("exists only under"));
    assert_eq!(g.ingress[1].origin.line(), Some(17));
    assert_eq!(g.egress.len(), 2);
    assert!(unknown(&g.egress[0].cidr_ipv4).contains("rule"));
    assert!(unknown(&g.egress[1].protocol).contains("`P`"));
    assert_eq!(explicit(&g.egress[1].cidr_ipv4), vec!["0.0.0.0/0"]);
}

#[test]
fn sam_templates_evaluate_without_errors() {
    let t = r#"AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Timeout: 3
    Runtime: python3.12
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Events:
        Api:
          Type: Api
          Properties: {Path: /, Method: get}
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "${ServerlessRestApi}-${FnRole.Arn}"
Outputs:
  Url:
    Value: !Sub "https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/"
"#;
    let u = load(t);
    assert!(errors(&u).is_empty(), "{:#?}", u.diagnostics);
    assert_eq!(addresses(&u), vec!["Resources.Fn", "Resources.Bucket"]);
    // A SAM function is the Lambda function the transform generates, with `Globals` merged.
    match &res(&u, "Fn").config {
        Config::LambdaFunction(f) => {
            assert_eq!(f.runtime.get(), Some(&Some("python3.12".to_string())))
        }
        other => panic!("Fn is {}", other.type_name()),
    }
    assert!(unknown(&name(&u, "Bucket")).contains("ServerlessRestApi"));
}

#[test]
fn json_template_adapters_and_lines() {
    let t = r#"{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Group": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "ssh",
        "SecurityGroupIngress": [
          {"IpProtocol": "tcp", "FromPort": "22", "ToPort": "22", "CidrIp": "0.0.0.0/0"}
        ],
        "SecurityGroupEgress": []
      }
    },
    "Bucket": {
      "Type": "AWS::S3::Bucket",
      "Metadata": {"Note": {"Fn::Sub": "${AWS::Region}"}},
      "Properties": {
        "PublicAccessBlockConfiguration": {"BlockPublicPolicy": false}
      }
    }
  }
}"#;
    let u = load(t);
    assert_clean(&u);
    let g = group(&u, "Group");
    assert_eq!(res(&u, "Group").origin.line(), Some(4));
    assert_eq!(g.ingress[0].origin.line(), Some(9));
    assert_eq!(explicit(&g.ingress[0].to_port), Some(22));
    assert_eq!(g.ingress[0].covers_tcp_port(22), Some(true));
    // An empty egress list does not remove the default rule.
    assert_eq!(g.egress.len(), 1);
    assert!(g.egress[0].protocol.is_defaulted());
    let b = bucket(&u, "Bucket");
    assert!(!explicit(&b.public_access_block.block_public_policy));
    assert!(!defaulted(&b.public_access_block.block_public_acls));
    assert_eq!(line(&b.public_access_block.block_public_acls), 18);
    assert_eq!(
        res(&u, "Bucket")
            .metadata
            .get("cfn:Metadata")
            .map(String::as_str),
        Some(r#"{"Note":{"Fn::Sub":"${AWS::Region}"}}"#)
    );
}
