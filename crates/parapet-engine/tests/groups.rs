//! A scan checks each Terraform root, each template and each group of related manifests on its
//! own and releases it; the findings must be those of checking everything together (the
//! `keep_model` scan, one group). Over every rule fixture at once (manifests of many rules in
//! one directory and in several, so objects relate across files) and over the shared corpus.

use parapet_engine::{scan, ScanResult, Settings};
use std::path::Path;

fn outcomes(r: &ScanResult) -> Vec<String> {
    r.findings
        .iter()
        .map(|f| {
            format!(
                "{} {:?} {} {}:{} {} {}",
                f.rule_id,
                f.status,
                f.resource,
                f.file(),
                f.line(),
                f.message,
                f.fingerprint
            )
        })
        .collect()
}

fn both_ways(root: &Path, budget: Option<usize>) -> (ScanResult, ScanResult) {
    let settings = Settings {
        paths: vec![root.to_path_buf()],
        root: root.to_path_buf(),
        keep_passes: true,
        today: parapet_engine::suppress::Date::parse("2026-11-30"),
        manifest_budget: budget,
        findings_budget: budget,
        ..Default::default()
    };
    let grouped = scan(&settings);
    let whole = scan(&Settings {
        keep_model: true,
        ..settings
    });
    (grouped, whole)
}

/// Grouped twice: manifests kept from their first read and findings held in memory; and every
/// manifest read again and every group's findings written to disk then merged. The second
/// must list the same findings in the same order as the first.
fn assert_same(root: &Path) -> usize {
    let (on_disk, _) = assert_same_with(root, Some(0));
    let (in_memory, n) = assert_same_with(root, None);
    assert!(on_disk.findings.on_disk() && !in_memory.findings.on_disk());
    assert_eq!(outcomes(&on_disk), outcomes(&in_memory));
    assert_eq!(on_disk.findings.counts(), in_memory.findings.counts());
    n
}

fn assert_same_with(root: &Path, budget: Option<usize>) -> (ScanResult, usize) {
    let (grouped, whole) = both_ways(root, budget);
    assert!(grouped.model.resources.is_empty());
    assert_eq!(grouped.resources, whole.model.resources.len());
    let (a, b) = (outcomes(&grouped), outcomes(&whole));
    let only_grouped: Vec<_> = a.iter().filter(|x| !b.contains(x)).collect();
    let only_whole: Vec<_> = b.iter().filter(|x| !a.contains(x)).collect();
    assert!(
        only_grouped.is_empty() && only_whole.is_empty(),
        "grouped scan differs\nonly grouped: {only_grouped:#?}\nonly whole: {only_whole:#?}"
    );
    assert_eq!(grouped.diagnostics, whole.diagnostics);
    assert_eq!(grouped.passed, whole.passed);
    let n = a.len();
    (grouped, n)
}

#[test]
fn every_fixture_together_gives_the_same_findings_grouped() {
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    for e in parapet_rules::catalogue() {
        for (i, fx) in e.fixtures().iter().enumerate() {
            let ext = if fx.format == "terraform" {
                "tf"
            } else {
                "yaml"
            };
            // Manifests share one directory (unwritten namespaces meet there) and also sit
            // in their own; each Terraform fixture is a root of its own.
            let sub = if fx.format == "kubernetes" && i % 2 == 0 {
                dir.path().join("manifests")
            } else {
                dir.path().join(format!("{}-{i}", e.meta.id))
            };
            std::fs::create_dir_all(&sub).unwrap();
            std::fs::write(
                sub.join(format!("{}-{}-{i}.{ext}", e.meta.id, fx.kind)),
                &fx.text,
            )
            .unwrap();
            n += 1;
        }
    }
    assert!(n > 100);
    assert!(assert_same(dir.path()) > 100);
}

#[test]
fn the_corpus_gives_the_same_findings_grouped() {
    let Some(corpus) = std::env::var_os("PARAPET_CORPUS").filter(|p| !p.is_empty()) else {
        println!("skipped: PARAPET_CORPUS not set");
        return;
    };
    for sub in ["kubernetes", "terraform", "cloudformation"] {
        let n = assert_same(&Path::new(&corpus).join(sub));
        assert!(n > 0, "{sub}: no outcomes");
    }
}

/// Roots share the parsed module they call (one parse per scan): each root still evaluates it
/// with its own inputs, and a syntax error in the module is reported once, with every root
/// that calls it still scanned.
#[test]
fn a_module_shared_by_many_roots_is_evaluated_per_root() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("modules/sg")).unwrap();
    std::fs::write(
        root.join("modules/sg/main.tf"),
        "variable \"cidr\" {}\n\nresource \"aws_security_group\" \"this\" {\n  name = \"sg\"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [var.cidr]\n  }\n}\n",
    )
    .unwrap();
    std::fs::write(root.join("modules/sg/broken.tf"), "resource \"x\" {\n").unwrap();
    for i in 0..40 {
        let d = root.join(format!("root{i:02}"));
        std::fs::create_dir_all(&d).unwrap();
        let cidr = if i % 2 == 0 {
            "0.0.0.0/0"
        } else {
            "10.0.0.0/8"
        };
        std::fs::write(
            d.join("main.tf"),
            format!("module \"sg\" {{\n  source = \"../modules/sg\"\n  cidr   = \"{cidr}\"\n}}\n"),
        )
        .unwrap();
    }
    let r = scan(&Settings {
        paths: vec![root.to_path_buf()],
        root: root.to_path_buf(),
        select: vec!["AWS-EC2-001".into()],
        ..Default::default()
    });
    // Findings are reported at the module's line, once per root (call chains differ).
    assert_eq!(r.failures().count(), 20, "{:#?}", r.findings);
    let errors: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.level == parapet_model::DiagnosticLevel::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].file.ends_with("broken.tf"));
}
