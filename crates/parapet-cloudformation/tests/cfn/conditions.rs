//! Conditions: decided, undecidable, implied, cyclic, and fast.

use crate::support::*;
use parapet_cloudformation::Options;
use std::time::{Duration, Instant};

const T: &str = r#"
Parameters:
  Env:
    Type: String
    Default: prod
  Free:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: {"Fn::Equals": ["dev", {"Ref": "Env"}]}
  NotProd: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Equals [a, a]]
  Either: !Or [!Condition IsDev, !Condition NotProd]
  FreeX: !Equals [!Ref Free, x]
Resources:
  ProdOnly:
    Type: AWS::S3::Bucket
    Condition: IsProd
  DevOnly:
    Type: AWS::S3::Bucket
    Condition: IsDev
  BothRes:
    Type: AWS::S3::Bucket
    Condition: Both
  EitherRes:
    Type: AWS::S3::Bucket
    Condition: Either
  Maybe:
    Type: AWS::S3::Bucket
    Condition: FreeX
    Properties:
      BucketName: !If [FreeX, inside, outside]
  Value:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !If [FreeX, a, b]
      AccessControl: !If [FreeX, Private, Private]
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: !If
              - FreeX
              - SSEAlgorithm: aws:kms
                KMSMasterKeyID: key
              - SSEAlgorithm: AES256
"#;

#[test]
fn true_and_false_conditions_create_or_drop_resources() {
    let u = load(T);
    assert_clean(&u);
    let a = addresses(&u);
    assert!(a.contains(&"Resources.ProdOnly"));
    assert!(a.contains(&"Resources.BothRes"));
    assert!(!a.contains(&"Resources.DevOnly"));
    assert!(!a.contains(&"Resources.EitherRes"));
    assert_eq!(res(&u, "ProdOnly").condition, None);
    let u = load_params(T, &[("Env", "dev")]);
    let a = addresses(&u);
    assert!(!a.contains(&"Resources.ProdOnly"));
    assert!(a.contains(&"Resources.DevOnly"));
    assert!(a.contains(&"Resources.EitherRes"));
}

#[test]
fn undecidable_condition_keeps_the_resource_conditionally() {
    let u = load(T);
    let r = res(&u, "Maybe");
    assert_eq!(r.condition.as_deref(), Some("FreeX"));
    // Inside a resource that exists only if FreeX, FreeX holds.
    assert_eq!(
        explicit(&bucket(&u, "Maybe").name),
        Some("inside".to_string())
    );
}

#[test]
fn undecidable_if_is_unknown_unless_branches_agree() {
    let u = load(T);
    let b = bucket(&u, "Value");
    let why = unknown(&b.name);
    assert!(why.contains("FreeX") && why.contains("Free"), "{why}");
    assert_eq!(line(&b.name), line_of(T, "BucketName: !If [FreeX, a, b]"));
    assert_eq!(explicit(&b.acl), Some("Private".to_string()));
    // Both branches encrypt, with different algorithms: encryption is declared, the algorithm
    // is unknown, the key may be absent.
    let enc = explicit(&b.encryption).expect("encryption is declared");
    assert!(unknown(&enc.algorithm).contains("FreeX"));
    assert!(unknown(&enc.kms_key_id).contains("absent"));
}

#[test]
fn nested_ifs_use_the_enclosing_branch() {
    let t = "Parameters:\n  Env: {Type: String}\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n  IsDev: !Equals [!Ref Env, dev]\n  Always: !Or [!Condition IsProd, !Not [!Condition IsProd]]\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !If [IsProd, !If [IsProd, same, never], !If [IsProd, never, same]]\n      AccessControl: !If [IsProd, !If [IsDev, never, Private], Private]\n  B:\n    Type: AWS::S3::Bucket\n    Condition: Always\n";
    let u = load(t);
    assert_clean(&u);
    let b = bucket(&u, "A");
    assert_eq!(explicit(&b.name), Some("same".to_string()));
    assert_eq!(explicit(&b.acl), Some("Private".to_string()));
    // A tautology is decided within the bound...
    assert_eq!(res(&u, "B").condition, None);
    // ...and not without it.
    let opts = Options {
        max_condition_branches: 1,
        ..Options::default()
    };
    let u = load_with(t, &opts);
    assert_eq!(res(&u, "B").condition.as_deref(), Some("Always"));
    // The same condition inside its own branch needs no exploration; exclusive comparisons
    // of one parameter do.
    assert_eq!(explicit(&bucket(&u, "A").name), Some("same".to_string()));
    assert!(unknown(&bucket(&u, "A").acl).contains("cannot be decided"));
}

#[test]
fn condition_cycles_are_diagnostics() {
    let t = "Conditions:\n  A: !Condition B\n  B: !Not [!Condition A]\n  Self: !And [!Condition Self, !Equals [1, 1]]\n  C: !Condition A\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Condition: C\n  S:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !If [Self, a, b]\n";
    let u = load(t);
    let errs = errors(&u);
    let cycles: Vec<_> = errs
        .iter()
        .filter(|d| d.code == "cfn-condition-cycle")
        .collect();
    assert_eq!(cycles.len(), 2, "{errs:#?}");
    assert!(cycles
        .iter()
        .any(|d| d.line() == 2 && d.message.contains("A → B → A")));
    assert!(cycles.iter().any(|d| d.line() == 4));
    assert_eq!(res(&u, "R").condition.as_deref(), Some("C"));
    assert!(unknown(&name(&u, "S")).contains("cycle"));
}

#[test]
fn undeclared_resource_condition_is_an_error() {
    let t = "Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Condition: Missing\n";
    let u = load(t);
    assert!(errors(&u)
        .iter()
        .any(|d| d.line() == 4 && d.message.contains("Missing")));
    assert_eq!(res(&u, "R").condition.as_deref(), Some("Missing"));
}

/// Sixty conditions over unknown parameters, nested sixty deep in `Fn::If`, and a chain of
/// conditions that would be exponential without memoization.
#[test]
fn sixty_conditions_in_nested_ifs_are_fast() {
    let mut t = String::from("Parameters:\n");
    for i in 0..60 {
        t.push_str(&format!("  P{i}: {{Type: String}}\n"));
    }
    t.push_str("Conditions:\n  C0: !Equals [!Ref P0, x]\n");
    for i in 1..60 {
        t.push_str(&format!(
            "  C{i}: !Or [!Condition C{p}, !And [!Condition C{p}, !Equals [!Ref P{i}, x]]]\n",
            p = i - 1
        ));
    }
    t.push_str("Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Condition: C59\n    Properties:\n      BucketName: ");
    for i in 0..60 {
        t.push_str(&format!("!If [C{i}, v{i}, "));
    }
    t.push_str("last");
    t.push_str(&"]".repeat(60));
    t.push('\n');
    let start = Instant::now();
    let u = load(&t);
    let took = start.elapsed();
    assert!(took < Duration::from_millis(500), "took {took:?}");
    assert_clean(&u);
    assert_eq!(res(&u, "A").condition.as_deref(), Some("C59"));
    let why = unknown(&name(&u, "A"));
    assert!(why.contains("C0"), "{why}");
}

#[test]
fn condition_functions_in_json_long_form() {
    let t = r#"{"Parameters": {"Env": {"Type": "String", "Default": "a"}},
 "Conditions": {
   "IsA": {"Fn::Equals": [{"Ref": "Env"}, "a"]},
   "NotA": {"Fn::Not": [{"Condition": "IsA"}]},
   "Any": {"Fn::Or": [{"Condition": "NotA"}, {"Fn::And": [{"Condition": "IsA"}, {"Fn::Equals": [1, "1"]}]}]}
 },
 "Resources": {
   "Yes": {"Type": "AWS::S3::Bucket", "Condition": "Any"},
   "No": {"Type": "AWS::S3::Bucket", "Condition": "NotA"}
 }}"#;
    let u = load(t);
    assert_clean(&u);
    assert_eq!(addresses(&u), vec!["Resources.Yes"]);
}
