//! The acceptance checks of the AWS catalogue: how many rules there are and which formats each
//! covers with fixtures, and that the real Terraform and CloudFormation of the shared corpus
//! (`PARAPET_CORPUS`) give no failing finding on a value that came from an unresolved
//! expression.

use parapet_engine::{scan, Settings};
use parapet_rules::Status;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

/// The breadth the AWS catalogue must keep.
const MIN_AWS_RULES: usize = 200;

#[test]
fn the_aws_catalogue_covers_both_formats_with_fixtures() {
    let aws: Vec<_> = parapet_rules::catalogue()
        .iter()
        .filter(|e| e.provider == "aws")
        .collect();
    let mut by_service: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut problems = Vec::new();
    for e in &aws {
        let m = &e.meta;
        let has = |format: &str, kind: &str| {
            e.fixtures()
                .iter()
                .any(|f| f.format == format && f.kind == kind)
        };
        let claims = |format: &str| m.formats.iter().any(|f| f == format);
        let row = by_service.entry(e.service.as_str()).or_default();
        row.0 += 1;
        for (i, format) in ["terraform", "cloudformation"].iter().enumerate() {
            if claims(format) {
                if !(has(format, "bad") && has(format, "good")) {
                    problems.push(format!(
                        "{} claims {format} without bad and good fixtures",
                        m.id
                    ));
                }
                if i == 0 {
                    row.1 += 1;
                } else {
                    row.2 += 1;
                }
            } else if !m.not_applicable.contains_key(*format) {
                problems.push(format!(
                    "{} neither covers {format} nor says why it does not apply",
                    m.id
                ));
            }
        }
    }
    println!(
        "{:<16} {:>5} {:>9} {:>14}",
        "service", "rules", "terraform", "cloudformation"
    );
    for (s, (n, tf, cfn)) in &by_service {
        println!("{s:<16} {n:>5} {tf:>9} {cfn:>14}");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        aws.len() >= MIN_AWS_RULES,
        "{} AWS rules, fewer than {MIN_AWS_RULES}",
        aws.len()
    );
    // Both formats are covered by nearly every rule: a rule leaves one out only when that
    // format cannot express the concept (and says so, checked above).
    for format in ["terraform", "cloudformation"] {
        let n = aws
            .iter()
            .filter(|e| e.meta.formats.iter().any(|f| f == format))
            .count();
        assert!(
            n * 10 >= aws.len() * 9,
            "only {n} of {} AWS rules run on {format}",
            aws.len()
        );
    }
}

/// `(file, start, end)` of a serialized origin.
fn span_of(origin: &serde_json::Value) -> Option<(String, u64, u64)> {
    Some((
        origin.get("file")?.as_str()?.to_string(),
        origin.get("start")?.as_u64()?,
        origin.get("end")?.as_u64()?,
    ))
}

/// Walks a serialized model: the origins of unknown values and of known ones.
fn value_origins(
    v: &serde_json::Value,
    unknown: &mut HashSet<(String, u64, u64)>,
    known: &mut HashSet<(String, u64, u64)>,
) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(o) = m.get("origin").and_then(span_of) {
                if m.contains_key("unknown") {
                    unknown.insert(o);
                } else if m.contains_key("explicit") || m.contains_key("defaulted") {
                    known.insert(o);
                }
            }
            for x in m.values() {
                value_origins(x, unknown, known);
            }
        }
        serde_json::Value::Array(a) => {
            for x in a {
                value_origins(x, unknown, known);
            }
        }
        _ => {}
    }
}

#[test]
fn corpus_failures_never_rest_on_unresolved_values() {
    let Some(corpus) = std::env::var_os("PARAPET_CORPUS").filter(|p| !p.is_empty()) else {
        println!("skipped: PARAPET_CORPUS not set");
        return;
    };
    let corpus = PathBuf::from(corpus);
    let mut checked = 0;
    let mut bad = Vec::new();
    for sub in ["terraform", "cloudformation"] {
        let root = corpus.join(sub);
        let result = scan(&Settings {
            paths: vec![root.clone()],
            root: root.clone(),
            select: vec!["AWS-".into()],
            keep_model: true,
            ..Default::default()
        });
        let model = serde_json::to_value(&result.model).expect("the model serializes");
        let (mut unknown, mut known) = (HashSet::new(), HashSet::new());
        value_origins(&model, &mut unknown, &mut known);
        assert!(
            !unknown.is_empty(),
            "the {sub} corpus has unresolved values, or this test sees nothing"
        );
        for f in result.findings.iter().filter(|f| f.status == Status::Fail) {
            checked += 1;
            let Some(s) = f.origin.span() else { continue };
            let key = (s.file.to_string(), s.start as u64, s.end as u64);
            if unknown.contains(&key) && !known.contains(&key) {
                bad.push(format!(
                    "{} {} at {}:{}: {}",
                    f.rule_id, f.resource, s.file, s.start_line, f.message
                ));
            }
        }
    }
    assert!(checked > 0, "the corpus gave no failing finding to check");
    assert!(
        bad.is_empty(),
        "failing findings on unresolved values:\n{}",
        bad.join("\n")
    );
}
