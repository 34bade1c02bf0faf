//! Every output format over one shared scan: snapshots, the fingerprint stability promise,
//! escaping, and well-formed JUnit XML.

use parapet_engine::{scan, ScanResult, Settings};
use parapet_report::ReportOptions;
use std::path::Path;

const MAIN_TF: &str = r#"variable "ssh_cidrs" {
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.ssh_cidrs
  }
}

# parapet:ignore AWS-S3-001 reason="public | open data, see <ticket>"
resource "aws_s3_bucket" "data" {
  bucket = "open-data"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
"#;

const TEMPLATE: &str = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: false\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n";

fn fixture(dir: &Path, main_tf: &str) -> ScanResult {
    std::fs::write(dir.join("main.tf"), main_tf).unwrap();
    std::fs::create_dir_all(dir.join("cfn")).unwrap();
    std::fs::write(dir.join("cfn/site.yaml"), TEMPLATE).unwrap();
    std::fs::create_dir_all(dir.join("broken")).unwrap();
    std::fs::write(dir.join("broken/main.tf"), "resource \"x\" {\n").unwrap();
    scan(&Settings {
        paths: vec![dir.to_path_buf()],
        root: dir.to_path_buf(),
        today: parapet_engine::suppress::Date::parse("2026-11-30"),
        keep_passes: true,
        // A fixed rule set keeps the snapshots stable as the catalogue grows.
        select: vec![
            "AWS-EC2-001".into(),
            "AWS-S3-001".into(),
            "AWS-S3-002".into(),
        ],
        ..Default::default()
    })
}

fn shared() -> (tempfile::TempDir, ScanResult) {
    let dir = tempfile::tempdir().unwrap();
    let r = fixture(dir.path(), MAIN_TF);
    (dir, r)
}

fn opts() -> ReportOptions {
    ReportOptions::default()
}

#[test]
fn snapshot_text() {
    let (_d, r) = shared();
    insta::assert_snapshot!(parapet_report::text::render(
        &r,
        &ReportOptions {
            show_suppressed: true,
            ..opts()
        }
    ));
}

#[test]
fn snapshot_json() {
    let (_d, r) = shared();
    insta::assert_snapshot!(parapet_report::json::render(&r, &opts()));
}

#[test]
fn snapshot_sarif() {
    let (_d, r) = shared();
    // The rules' help pages are long and covered by the docs; keep the snapshot to results.
    let v: serde_json::Value = serde_json::from_str(&parapet_report::sarif::render(&r)).unwrap();
    let run = &v["runs"][0];
    insta::assert_snapshot!(serde_json::to_string_pretty(&serde_json::json!({
        "results": run["results"],
        "invocations": run["invocations"],
        "rule_ids": run["tool"]["driver"]["rules"].as_array().unwrap().iter().map(|r| r["id"].clone()).collect::<Vec<_>>(),
    })).unwrap());
}

#[test]
fn snapshot_github() {
    let (_d, r) = shared();
    insta::assert_snapshot!(parapet_report::github::render(&r));
}

#[test]
fn snapshot_markdown() {
    let (_d, r) = shared();
    let links = parapet_report::markdown::Links {
        base: Some("https://github.com/acme/infra/blob/abc123".into()),
    };
    insta::assert_snapshot!(parapet_report::markdown::render(&r, &links));
}

#[test]
fn snapshot_junit() {
    let (_d, r) = shared();
    insta::assert_snapshot!(parapet_report::junit::render(&r));
}

#[test]
fn fingerprints_survive_a_line_inserted_above_an_unrelated_resource() {
    let (d, before) = shared();
    let moved = MAIN_TF.replace(
        "resource \"aws_s3_bucket\" \"logs\"",
        "# a new comment\n\nlocals {\n  x = 1\n}\n\nresource \"aws_s3_bucket\" \"logs\"",
    );
    let moved = format!("# header\n\n{moved}");
    let after = fixture(d.path(), &moved);
    let fps = |r: &ScanResult| {
        let mut v: Vec<(String, String, u32)> = r
            .findings
            .iter()
            .filter(|f| f.status == parapet_rules::Status::Fail)
            .map(|f| {
                (
                    f.rule_id.clone() + " " + &f.resource,
                    f.fingerprint.clone(),
                    f.line(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let (b, a) = (fps(&before), fps(&after));
    assert_eq!(b.len(), a.len());
    for (x, y) in b.iter().zip(&a) {
        assert_eq!(x.0, y.0);
        assert_eq!(x.1, y.1, "fingerprint of {} changed", x.0);
    }
    // And the lines did move, so the test means something.
    assert!(b.iter().zip(&a).any(|(x, y)| x.2 != y.2));
}

#[test]
fn github_commands_escape_percent_newlines_and_separators() {
    use parapet_report::github::{escape_data, escape_property};
    assert_eq!(escape_data("100% done\r\nnext"), "100%25 done%0D%0Anext");
    assert_eq!(escape_property("a::b,c%\n"), "a%3A%3Ab%2Cc%25%0A");
    // A path and a message with the special characters, end to end.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("odd,dir::x%")).unwrap();
    std::fs::write(dir.path().join("odd,dir::x%/main.tf"), MAIN_TF).unwrap();
    let r = scan(&Settings {
        paths: vec![dir.path().to_path_buf()],
        root: dir.path().to_path_buf(),
        select: vec!["AWS-EC2".into()],
        ..Default::default()
    });
    let out = parapet_report::github::render(&r);
    let line = out.lines().find(|l| l.starts_with("::error")).unwrap();
    assert!(line.contains("file=odd%2Cdir%3A%3Ax%25/main.tf,"), "{line}");
    let (_, message) = line.split_once("::").unwrap().1.split_once("::").unwrap();
    assert!(!message.contains('\n'));
    assert!(message.contains("%0AFix: "), "{message}");
}

#[test]
fn github_annotations_are_capped_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let mut tf = String::new();
    for i in 0..15 {
        tf.push_str(&format!(
            "resource \"aws_security_group\" \"g{i}\" {{\n  ingress {{\n    from_port = 22\n    to_port = 22\n    protocol = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }}\n}}\n"
        ));
    }
    std::fs::write(dir.path().join("main.tf"), tf).unwrap();
    let r = scan(&Settings {
        paths: vec![dir.path().to_path_buf()],
        root: dir.path().to_path_buf(),
        ..Default::default()
    });
    let out = parapet_report::github::render(&r);
    assert_eq!(out.lines().filter(|l| l.starts_with("::error")).count(), 10);
    assert!(
        out.lines().last().unwrap().contains("5 more findings"),
        "{out}"
    );
}

#[test]
fn junit_is_well_formed_xml_with_the_right_counts() {
    let (_d, r) = shared();
    let xml = parapet_report::junit::render(&r);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut suites, mut cases, mut failures, mut skipped) = (0, 0, 0, 0);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                match e.name().as_ref() {
                    b"testsuite" => suites += 1,
                    b"testcase" => cases += 1,
                    b"failure" => failures += 1,
                    b"skipped" => skipped += 1,
                    _ => {}
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(suites, 2, "{xml}");
    assert_eq!(failures, r.failures().count());
    assert!(
        skipped >= 1,
        "the suppressed finding is a skipped test case"
    );
    assert!(cases >= failures + skipped);
    assert_eq!(
        parapet_report::junit::escape("a<b & \"c\"\u{1}"),
        "a&lt;b &amp; &quot;c&quot;\u{FFFD}"
    );
}

/// The text report reads sources again a few files at a time (the scan keeps none): a
/// snippet with its module call sites must come from the right files however many files came
/// before it.
#[test]
fn text_snippets_come_from_the_right_files_across_many_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("modules/bucket")).unwrap();
    std::fs::write(
        root.join("modules/bucket/main.tf"),
        "variable \"name\" {}\n\nresource \"aws_s3_bucket\" \"this\" {\n  bucket = var.name\n}\n",
    )
    .unwrap();
    for i in 0..50 {
        let d = root.join(format!("stack{i:02}"));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(
            d.join("main.tf"),
            format!("locals {{\n  tags = {{ env = \"prod\" }}\n}}\n\nmodule \"bucket\" {{\n  source = \"../modules/bucket\"\n  name   = \"b{i}\"\n}}\n"),
        )
        .unwrap();
    }
    let r = scan(&Settings {
        paths: vec![root.to_path_buf()],
        root: root.to_path_buf(),
        select: vec!["AWS-S3-001".into()],
        ..Default::default()
    });
    assert!(r.sources.is_empty(), "the scan keeps no sources by default");
    assert!(
        r.model.resources.is_empty() && r.resources == 50,
        "each root is released once checked; only the count of its resources is kept"
    );
    assert_eq!(r.failures().count(), 50);
    let out = parapet_report::text::render(&r, &opts());
    let blocks: Vec<&str> = out.split("AWS-S3-001]").skip(1).collect();
    assert_eq!(blocks.len(), 50, "{out}");
    for b in blocks {
        assert!(b.contains("modules/bucket/main.tf:3:1"), "{b}");
        assert!(b.contains("resource \"aws_s3_bucket\" \"this\" {"), "{b}");
        assert!(b.contains("module \"bucket\" {"), "{b}");
        assert!(!b.contains("tags ="), "{b}");
    }
}
