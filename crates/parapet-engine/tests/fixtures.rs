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

fn run(id: &str, file_name: &str, text: &str) -> (BTreeSet<u32>, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(file_name);
    std::fs::write(&path, text).unwrap();
    let settings = Settings {
        paths: vec![dir.path().to_path_buf()],
        root: dir.path().to_path_buf(),
        select: vec![id.to_string()],
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
