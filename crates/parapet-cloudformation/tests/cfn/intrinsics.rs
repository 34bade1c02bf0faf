//! Each intrinsic function, in short and long form.

use crate::support::*;
use parapet_model::EdgeKind;

const PARAMS: &str = r#"
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: dev
  Port:
    Type: Number
    Default: 22
  NoDefault:
    Type: String
  Subnets:
    Type: CommaDelimitedList
    Default: "a, b,c"
  Ami:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami
"#;

fn with_params(resources: &str) -> String {
    format!("{PARAMS}Resources:\n{resources}")
}

#[test]
fn ref_takes_default_then_override_then_unknown() {
    let t = with_params(
        "  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Env\n      AccessControl: !Ref NoDefault\n",
    );
    let u = load(&t);
    assert_clean(&u);
    let b = bucket(&u, "A");
    assert_eq!(explicit(&b.name), Some("dev".to_string()));
    assert_eq!(line(&b.name), line_of(&t, "BucketName: !Ref Env"));
    let r = unknown(&b.acl);
    assert!(r.contains("NoDefault") && r.contains("no value"), "{r}");
    let u = load_params(&t, &[("Env", "prod"), ("NoDefault", "Private")]);
    let b = bucket(&u, "A");
    assert_eq!(explicit(&b.name), Some("prod".to_string()));
    assert_eq!(explicit(&b.acl), Some("Private".to_string()));
}

#[test]
fn number_and_list_parameters() {
    let t = with_params(
        "  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: !Select [1, !Ref Subnets]\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: !Ref Port\n          ToPort: !Ref Port\n          CidrIp: !Ref Subnets\n",
    );
    let u = load(&t);
    assert_clean(&u);
    let g = group(&u, "G");
    assert_eq!(explicit(&g.description), Some("b".to_string()));
    let r = &g.ingress[0];
    assert_eq!(explicit(&r.from_port), Some(22));
    assert_eq!(explicit(&r.cidr_ipv4), vec!["a", "b", "c"]);
}

#[test]
fn ssm_parameters_are_unknown_even_with_a_default() {
    let t = with_params(
        "  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Ami\n",
    );
    let u = load(&t);
    assert!(unknown(&name(&u, "A")).contains("SSM"));
}

#[test]
fn pseudo_parameters_are_unknown_unless_given() {
    let t = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub 'logs-${AWS::Region}-${AWS::AccountId}'\n";
    let u = load(t);
    assert_clean(&u);
    assert!(unknown(&name(&u, "A")).contains("AWS::Region"));
    let u = load_params(
        t,
        &[("AWS::Region", "eu-west-1"), ("AWS::AccountId", "123")],
    );
    assert_eq!(
        explicit(&name(&u, "A")),
        Some("logs-eu-west-1-123".to_string())
    );
}

#[test]
fn no_value_removes_the_property() {
    let t = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref AWS::NoValue\n      BucketEncryption: {\"Ref\": \"AWS::NoValue\"}\n";
    let u = load(t);
    assert_clean(&u);
    let b = bucket(&u, "A");
    assert_eq!(defaulted(&b.name), None);
    assert!(defaulted(&b.encryption).is_none());
    assert_eq!(line(&b.encryption), 2);
}

#[test]
fn sub_string_form_with_literal_and_parameters() {
    let t = with_params(
        "  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${Env}-${!Literal}-x'\n",
    );
    let u = load(&t);
    assert_clean(&u);
    assert_eq!(
        explicit(&name(&u, "A")),
        Some("dev-${Literal}-x".to_string())
    );
}

#[test]
fn sub_list_form_with_variables_and_attributes() {
    let t = with_params(
        "  Other:\n    Type: AWS::S3::Bucket\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub\n        - '${Prefix}-${Env}'\n        - Prefix: !Join ['', [p, q]]\n      AccessControl: !Sub '${Other.Arn}/x'\n",
    );
    let u = load(&t);
    assert_clean(&u);
    let b = bucket(&u, "A");
    assert_eq!(explicit(&b.name), Some("pq-dev".to_string()));
    assert!(unknown(&b.acl).contains("Other.Arn"));
    assert!(has_edge(&u, "A", "Other", EdgeKind::References));
}

#[test]
fn sub_long_form_in_json() {
    let t = r#"{
  "Parameters": {"Env": {"Type": "String", "Default": "qa"}},
  "Resources": {
    "A": {"Type": "AWS::S3::Bucket",
          "Properties": {"BucketName": {"Fn::Sub": ["${X}-${Env}", {"X": "x"}]},
                         "AccessControl": {"Fn::Sub": "${Env}"}}}
  }
}"#;
    let u = load(t);
    assert_clean(&u);
    let b = bucket(&u, "A");
    assert_eq!(explicit(&b.name), Some("x-qa".to_string()));
    assert_eq!(explicit(&b.acl), Some("qa".to_string()));
    assert_eq!(line(&b.name), 5);
}

#[test]
fn ref_and_getatt_to_resources_are_unknown_with_edges() {
    let t = "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Key:\n    Type: AWS::KMS::Key\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Logs\n      AccessControl: !GetAtt Key.Arn\n      LoggingConfiguration:\n        DestinationBucketName: !GetAtt [Logs, Arn]\n";
    let u = load(t);
    assert_clean(&u);
    let b = bucket(&u, "A");
    assert!(unknown(&b.name).contains("Logs"));
    assert!(unknown(&b.acl).contains("Key.Arn"));
    assert!(has_edge(&u, "A", "Logs", EdgeKind::References));
    assert!(has_edge(&u, "A", "Key", EdgeKind::References));
    let dup = u
        .edges
        .iter()
        .filter(|e| e.from == index(&u, "A") && e.to == index(&u, "Logs"))
        .count();
    assert_eq!(dup, 1, "edges are not duplicated");
    assert!(!has_edge(&u, "Logs", "A", EdgeKind::References));
}

#[test]
fn join_select_split() {
    let t = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Join ['-', [a, !Select [2, !Split [',', 'x,y,z']], 3]]\n      AccessControl: {\"Fn::Join\": [\"\", [\"Pub\", \"lic\", {\"Ref\": \"AWS::Region\"}]]}\n";
    let u = load(t);
    assert_clean(&u);
    let b = bucket(&u, "A");
    assert_eq!(explicit(&b.name), Some("a-z-3".to_string()));
    assert!(unknown(&b.acl).contains("AWS::Region"));
}

#[test]
fn find_in_map_known_and_unknown_keys() {
    let t = "Mappings:\n  Env:\n    dev:\n      Name: d\n      Acl: Private\n    prod:\n      Name: p\n      Acl: Private\nParameters:\n  Stage:\n    Type: String\n    Default: prod\n  Free:\n    Type: String\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !FindInMap [Env, !Ref Stage, Name]\n      AccessControl: !FindInMap [Env, !Ref Free, Acl]\n      Tags:\n        - Key: k\n          Value: !FindInMap [Env, !Ref Free, Name]\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !FindInMap [Env, !Ref Free, Name]\n      AccessControl: {\"Fn::FindInMap\": [Env, dev, Missing, {DefaultValue: Fallback}]}\n";
    let u = load(t);
    assert_clean(&u);
    let a = bucket(&u, "A");
    assert_eq!(explicit(&a.name), Some("p".to_string()));
    assert_eq!(
        line(&a.name),
        line_of(t, "BucketName: !FindInMap [Env, !Ref Stage")
    );
    // Every entry agrees on Acl, so the unknown key does not matter.
    assert_eq!(explicit(&a.acl), Some("Private".to_string()));
    let b = bucket(&u, "B");
    assert!(unknown(&b.name).contains("Free"));
    assert_eq!(explicit(&b.acl), Some("Fallback".to_string()));
}

#[test]
fn find_in_map_missing_entry_is_a_diagnostic() {
    let t = "Mappings:\n  Env:\n    dev: {Name: d}\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !FindInMap [Env, prod, Name]\n      AccessControl: !FindInMap [Nope, prod, Name]\n";
    let u = load(t);
    assert!(unknown(&name(&u, "A")).contains("no entry"));
    assert!(u
        .diagnostics
        .iter()
        .any(|d| d.message.contains("no entry") && d.line() == 8));
    assert!(errors(&u)
        .iter()
        .any(|d| d.message.contains("Nope") && d.line() == 9));
}

#[test]
fn base64_getazs_importvalue_transform() {
    let t = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Base64 hello\n      AccessControl: !Select [0, !GetAZs '']\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !ImportValue SharedName\n      AccessControl:\n        Fn::Transform:\n          Name: MyMacro\n";
    let u = load(t);
    assert_clean(&u);
    let a = bucket(&u, "A");
    assert_eq!(explicit(&a.name), Some("aGVsbG8=".to_string()));
    assert!(unknown(&a.acl).contains("Availability Zones"));
    let b = bucket(&u, "B");
    assert!(unknown(&b.name).contains("SharedName"));
    assert!(unknown(&b.acl).contains("MyMacro"));
}

#[test]
fn cidr_computes_subnets() {
    let t = "Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: !Select [1, !Cidr ['10.0.0.0/16', 4, 8]]\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIpv6: !Select [0, {\"Fn::Cidr\": ['2001:db8::/56', 2, 64]}]\n";
    let u = load(t);
    assert_clean(&u);
    let g = group(&u, "G");
    assert_eq!(explicit(&g.ingress[0].cidr_ipv4), vec!["10.0.1.0/24"]);
    assert_eq!(explicit(&g.ingress[1].cidr_ipv6), vec!["2001:db8::/64"]);
}

#[test]
fn if_picks_the_branch_of_a_known_condition() {
    let t = "Parameters:\n  Env: {Type: String, Default: prod}\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !If [IsProd, yes-prod, not-prod]\n      AccessControl: !If [IsProd, !Ref AWS::NoValue, Private]\n";
    let u = load(t);
    assert_clean(&u);
    let b = bucket(&u, "A");
    assert_eq!(explicit(&b.name), Some("yes-prod".to_string()));
    assert_eq!(line(&b.name), 9);
    assert_eq!(defaulted(&b.acl), None);
    let u = load_params(t, &[("Env", "dev")]);
    let b = bucket(&u, "A");
    assert_eq!(explicit(&b.name), Some("not-prod".to_string()));
    assert_eq!(explicit(&b.acl), Some("Private".to_string()));
}

#[test]
fn long_forms_in_yaml_and_json_are_the_same_as_short_forms() {
    let yaml = "Parameters:\n  P: {Type: String, Default: v}\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName:\n        Fn::Join:\n          - ''\n          - - Ref: P\n            - Fn::Select: [0, Fn::Split: ['/', 'x/y']]\n";
    let u = load(yaml);
    assert_clean(&u);
    assert_eq!(explicit(&name(&u, "A")), Some("vx".to_string()));
}

#[test]
fn wrong_arity_is_an_error_at_the_call() {
    let t = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Join [only-one]\n      AccessControl: !Select [5, [a, b]]\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !If [NoSuchCondition, a, b]\n      AccessControl: !Ref Nowhere\n";
    let u = load(t);
    let errs = errors(&u);
    assert!(
        errs.iter()
            .any(|d| d.line() == 5 && d.message.contains("Fn::Join")),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|d| d.line() == 6 && d.message.contains("out of range")),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|d| d.line() == 10 && d.message.contains("NoSuchCondition")),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|d| d.line() == 11 && d.message.contains("Nowhere")),
        "{errs:#?}"
    );
    // The rest of the template is still evaluated.
    assert!(unknown(&name(&u, "A")).contains("invalid"));
    assert_eq!(addresses(&u), vec!["Resources.A", "Resources.B"]);
}

#[test]
fn unknown_tags_are_unknown_values() {
    let t = "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Bogus x\n";
    let u = load(t);
    assert!(unknown(&name(&u, "A")).contains("!Bogus"));
    assert!(u.diagnostics.iter().any(|d| d.line() == 5));
    assert!(errors(&u).is_empty());
}

#[test]
fn short_form_around_a_long_form() {
    let t = "Parameters:\n  P: {Type: String, Default: v}\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Base64\n        Fn::Join:\n        - ''\n        - [a, !Ref P]\n";
    let u = load(t);
    assert_clean(&u);
    assert_eq!(explicit(&name(&u, "A")), Some("YXY=".to_string()));
}
