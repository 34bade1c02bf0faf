//! Bad input: diagnostics with spans, the rest still evaluated, no panic, no hang.

use crate::support::*;
use parapet_cloudformation::{load_template, Options};
use parapet_model::{FileRef, LineIndex};
use std::sync::Arc;

#[test]
fn resources_that_are_not_a_map_are_an_error() {
    let t = "AWSTemplateFormatVersion: '2010-09-09'\nConditions:\n  C: !Equals [a, b]\nResources:\n  - Type: AWS::S3::Bucket\n";
    let u = load(t);
    let errs = errors(&u);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert_eq!(errs[0].line(), 5);
    assert!(errs[0].message.contains("Resources"));
    assert!(u.resources.is_empty());
    assert_eq!(u.files.len(), 1);
    assert_eq!(&*u.files[0].0, "template.yaml");
}

#[test]
fn a_resource_without_type_is_an_error_and_the_others_are_kept() {
    let t = "Resources:\n  NoType:\n    Properties: {}\n  NotAMap: 3\n  Fine:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref NoType\n  BadProps:\n    Type: AWS::S3::Bucket\n    Properties: [1, 2]\n";
    let u = load(t);
    let errs = errors(&u);
    assert!(
        errs.iter()
            .any(|d| d.line() == 2 && d.message.contains("Type")),
        "{errs:#?}"
    );
    assert!(errs.iter().any(|d| d.line() == 4), "{errs:#?}");
    assert!(errs.iter().any(|d| d.line() == 11), "{errs:#?}");
    assert_eq!(addresses(&u), vec!["Resources.Fine", "Resources.BadProps"]);
    // A reference to a declared but broken resource is unknown, not an undeclared error.
    assert!(unknown(&name(&u, "Fine")).contains("NoType"));
    assert!(unknown(&name(&u, "BadProps")).contains("expected a map"));
}

#[test]
fn deep_nesting_is_a_diagnostic() {
    let mut v = String::from("\"x\"");
    for _ in 0..200 {
        v = format!("{{\"Fn::Base64\": {v}}}");
    }
    let t = format!("{{\"Resources\": {{\"A\": {{\"Type\": \"AWS::S3::Bucket\", \"Properties\": {{\"BucketName\": {v}}}}}}}}}");
    let u = load(&t);
    let limits: Vec<_> = errors(&u)
        .into_iter()
        .filter(|d| d.code == "limit")
        .collect();
    assert_eq!(limits.len(), 1, "{:#?}", u.diagnostics);
    assert!(unknown(&name(&u, "A")).contains("deeply"));
    // Sixty levels are fine.
    let mut v = String::from("x");
    for _ in 0..60 {
        v = format!("!Join ['', [{v}]]");
    }
    let t = format!(
        "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: {v}\n"
    );
    let u = load(&t);
    assert_clean(&u);
    assert_eq!(explicit(&name(&u, "A")), Some("x".to_string()));
}

#[test]
fn a_template_that_is_not_a_map_is_an_error() {
    let text: Arc<str> = "- a\n- b\n".into();
    let idx = LineIndex::new(text.clone());
    let (docs, _) = parapet_yaml::load(&text, parapet_yaml::Limits::default());
    let file: FileRef = "list.yaml".into();
    let u = load_template(&file, &text, &idx, &docs[0].root, &Options::default());
    assert_eq!(errors(&u).len(), 1);
    assert!(u.resources.is_empty());
}

#[test]
fn malformed_sections_are_errors() {
    let t = "AWSTemplateFormatVersion: '2010-09-09'\nParameters: 1\nMappings: [a]\nConditions: x\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Condition: [x]\n    Properties:\n      BucketName: !FindInMap [M, a, b]\n";
    let u = load(t);
    let lines: Vec<u32> = errors(&u).iter().map(|d| d.line()).collect();
    for l in [2, 3, 4, 8, 10] {
        assert!(
            lines.contains(&l),
            "no error on line {l}: {:#?}",
            u.diagnostics
        );
    }
    assert_eq!(addresses(&u), vec!["Resources.A"]);
}

/// Every function with every wrong shape of argument: diagnostics, never a panic.
#[test]
fn wrong_shapes_never_panic() {
    let functions = [
        "Ref",
        "Fn::Sub",
        "Fn::GetAtt",
        "Fn::If",
        "Fn::Join",
        "Fn::Select",
        "Fn::Split",
        "Fn::FindInMap",
        "Fn::Base64",
        "Fn::Cidr",
        "Fn::GetAZs",
        "Fn::ImportValue",
        "Fn::Equals",
        "Fn::And",
        "Fn::Or",
        "Fn::Not",
        "Condition",
        "Fn::Transform",
        "Fn::Length",
        "Fn::ToJsonString",
    ];
    let shapes = [
        "null",
        "1",
        "\"\"",
        "[]",
        "[1]",
        "[1, 2]",
        "[1, 2, 3]",
        "[1, 2, 3, 4, 5]",
        "{}",
        "{\"a\": 1}",
        "[[1], {\"b\": 2}]",
        "[\"C\", [1], {\"x\": 1}]",
        "[\"M\", {\"Ref\": \"P\"}, 2]",
        "[\"${A.B}\", []]",
        "[\"a.b\", 1]",
        "\"A.B.C\"",
        "[\"\", {\"Ref\": \"AWS::NoValue\"}]",
        "[\"10.0.0.0/33\", 1, 1]",
        "[\"10.0.0.0/8\", 999999, 1]",
        "[\"::/0\", 1, 128]",
    ];
    for f in functions {
        for s in shapes {
            let t = format!(
                "{{\"Parameters\": {{\"P\": {{\"Type\": \"String\"}}}},\
                  \"Mappings\": {{\"M\": {{\"a\": {{\"b\": 1}}}}}},\
                  \"Conditions\": {{\"C\": {{\"{f}\": {s}}}}},\
                  \"Resources\": {{\"A\": {{\"Type\": \"AWS::EC2::SecurityGroup\",\
                    \"Properties\": {{\"GroupName\": {{\"{f}\": {s}}},\
                      \"SecurityGroupIngress\": [{{\"{f}\": {s}}}],\
                      \"GroupDescription\": {{\"Fn::If\": [\"C\", {{\"{f}\": {s}}}, 1]}}}}}},\
                   \"B\": {{\"Type\": \"AWS::S3::Bucket\", \"Properties\": {{\"{f}\": {s}}}}}}}}}"
            );
            let u = load(&t);
            assert_eq!(u.resources.len(), 2, "{f} {s}");
        }
    }
}

#[test]
fn macros_are_noted_and_their_tags_tolerated() {
    let t = "Transform: [MyMacro, AWS::Serverless-2016-10-31]\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !MyTag x\n      AccessControl: !Ref MadeByMacro\n  Fn::Transform:\n    Name: AWS::Include\n    Parameters: {Location: 's3://bucket/more.yaml'}\n  Fn::ForEach::Buckets:\n    - Name\n    - [a, b]\n    - 'B${Name}': {Type: AWS::S3::Bucket}\n";
    let u = load(t);
    assert!(errors(&u).is_empty(), "{:#?}", u.diagnostics);
    assert!(u
        .diagnostics
        .iter()
        .any(|d| d.code == "cfn-macro" && d.message.contains("MyMacro")));
    assert!(u.diagnostics.iter().any(|d| d.message.contains("ForEach")));
    assert!(u
        .diagnostics
        .iter()
        .any(|d| d.code == "cfn-macro" && d.message.contains("AWS::Include")));
    assert!(unknown(&name(&u, "A")).contains("!MyTag"));
    assert_eq!(addresses(&u), vec!["Resources.A"]);
}

/// As deep as the YAML loader allows, with intrinsics at the bottom, in a test thread's stack.
#[test]
fn deep_plain_nesting_does_not_exhaust_the_stack() {
    let mut v = String::from("{\"Fn::Join\": [\"\", [{\"Ref\": \"AWS::Region\"}]]}");
    for _ in 0..100 {
        v = format!("{{\"k\": [{v}]}}");
    }
    let t = format!(
        "{{\"Resources\": {{\"A\": {{\"Type\": \"AWS::S3::Bucket\", \"Metadata\": {v}, \"Properties\": {{\"Tags\": {v}, \"BucketEncryption\": {{\"Fn::If\": [\"C\", {v}, {v}]}}}}}}}}, \"Conditions\": {{\"C\": {{\"Fn::Equals\": [{{\"Ref\": \"AWS::Region\"}}, \"x\"]}}}}}}"
    );
    let u = load(&t);
    assert_clean(&u);
    assert!(res(&u, "A").metadata.contains_key("cfn:Metadata"));
}
