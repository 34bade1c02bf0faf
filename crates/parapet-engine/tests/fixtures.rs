//! The fixture harness: for every rule and every format it claims, the bad fixture must fire on
//! exactly the lines marked `expect: <RULE-ID>` and the good fixture must not fire at all.

use parapet_engine::{scan, Settings};
use parapet_rules::Status;
use std::collections::BTreeSet;

fn expected_lines(text: &str, id: &str) -> BTreeSet<u32> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            l.split("expect:")
                .nth(1)
                .is_some_and(|rest| rest.split([',', ' ']).any(|x| x.trim() == id))
        })
        .map(|(i, _)| i as u32 + 1)
        .collect()
}

/// Fixtures describe the world on a fixed date (a version's end of support is dated), so that
/// they do not change verdict as the calendar moves.
const FIXTURE_DATE: &str = "2026-11-30";

fn run(id: &str, file_name: &str, text: &str) -> (BTreeSet<u32>, Vec<String>) {
    run_on(id, file_name, text, FIXTURE_DATE)
}

fn run_on(id: &str, file_name: &str, text: &str, today: &str) -> (BTreeSet<u32>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(file_name);
    std::fs::write(&path, text).unwrap();
    let settings = Settings {
        paths: vec![dir.path().to_path_buf()],
        root: dir.path().to_path_buf(),
        select: vec![id.to_string()],
        today: parapet_engine::suppress::Date::parse(today),
        ..Default::default()
    };
    let result = scan(&settings);
    let errors: Vec<String> = result
        .diagnostics
        .iter()
        .filter(|d| d.level == parapet_model::DiagnosticLevel::Error)
        .map(|d| format!("{}:{}: {}", d.file, d.line(), d.message))
        .collect();
    let lines = result
        .findings
        .iter()
        .filter(|f| f.status == Status::Fail && f.rule_id == id)
        .map(|f| f.line())
        .collect();
    (lines, errors)
}

#[test]
fn every_rule_fires_exactly_where_its_fixtures_say() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for entry in parapet_rules::catalogue() {
        let id = &entry.meta.id;
        for format in &entry.meta.formats {
            for fx in entry.fixtures().iter().filter(|f| &f.format == format) {
                let file_name = match format.as_str() {
                    "terraform" => "main.tf",
                    _ => "fixture.yaml",
                };
                let (got, errors) = run(id, file_name, &fx.text);
                if !errors.is_empty() {
                    failures.push(format!(
                        "{id} {format}/{}: input errors {errors:?}",
                        fx.file
                    ));
                }
                let want = if fx.kind == "bad" {
                    let w = expected_lines(&fx.text, id);
                    if w.is_empty() {
                        failures.push(format!(
                            "{id} {format}/{}: a bad fixture marks no line",
                            fx.file
                        ));
                    }
                    w
                } else {
                    BTreeSet::new()
                };
                if got != want {
                    failures.push(format!(
                        "{id} {format}/{}: expected findings on lines {want:?}, got {got:?}",
                        fx.file
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 0, "no fixtures were checked");
    assert!(
        failures.is_empty(),
        "fixture failures:\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn expect_markers_are_parsed() {
    let t = "a\nb # expect: X-Y-001\nc # expect: X-Y-002, X-Y-001\n";
    assert_eq!(expected_lines(t, "X-Y-001"), BTreeSet::from([2, 3]));
    assert_eq!(expected_lines(t, "X-Y-002"), BTreeSet::from([3]));
}

/// A dated rule follows the date of the scan: EKS standard support for 1.34 ends on
/// 2026-12-02, so a cluster pinned to it passes the day before and fails that day; a version
/// newer than the calendar passes, one older than it fails.
#[test]
fn eks_standard_support_follows_the_scan_date() {
    let tf = |v: &str| {
        format!(
            "resource \"aws_eks_cluster\" \"c\" {{\n  name     = \"c\"\n  version  = \"{v}\"\n  role_arn = \"arn:aws:iam::123456789012:role/r\"\n  vpc_config {{\n    subnet_ids = [\"subnet-a\"]\n  }}\n}}\n"
        )
    };
    let fails =
        |v: &str, today: &str| !run_on("AWS-EKS-005", "main.tf", &tf(v), today).0.is_empty();
    assert!(!fails("1.34", "2026-12-01"));
    assert!(fails("1.34", "2026-12-02"));
    assert!(fails("1.33", "2026-12-01"));
    assert!(!fails("1.35", "2027-03-26"));
    assert!(fails("1.35", "2027-03-27"));
    assert!(!fails("1.40", "2030-01-01"));
    assert!(fails("1.21", "2026-01-01"));
}
