//! Every CloudFormation template of the shared corpus evaluates without a panic and without
//! an error; files that are not templates are not taken for templates.

use parapet_cloudformation::{is_template, load_template, Options};
use parapet_model::{DiagnosticLevel, FileRef, LineIndex};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| matches!(x, "yaml" | "yml" | "json" | "template"))
        {
            out.push(p);
        }
    }
}

/// Files of the corpus that are not CloudFormation templates (parameter files, Lambda
/// events, macro specifications).
const NOT_TEMPLATES: &[&str] = &[
    "MacrosExamples/Count/event.json",
    "MacrosExamples/Count/event_bad.json",
    "MacrosExamples/ShortHand/lambda/spec.json",
];

#[test]
fn corpus_templates_evaluate_cleanly() {
    let Ok(root) = std::env::var("PARAPET_CORPUS") else {
        println!("skipped: PARAPET_CORPUS not set");
        return;
    };
    let dir = Path::new(&root).join("cloudformation");
    assert!(dir.is_dir(), "{} is not a folder", dir.display());
    let mut files = Vec::new();
    walk(&dir, &mut files);
    files.sort();
    assert!(files.len() > 100, "only {} files", files.len());
    let mut templates = 0;
    let mut resources = 0;
    let mut problems = Vec::new();
    let start = Instant::now();
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let rel = path
            .strip_prefix(&dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let text: Arc<str> = text.into();
        let idx = LineIndex::new(text.clone());
        let (docs, _errors) = parapet_yaml::load(&text, parapet_yaml::Limits::default());
        let file: FileRef = rel.as_str().into();
        for doc in &docs {
            let is = is_template(&doc.root);
            if NOT_TEMPLATES.iter().any(|n| rel.ends_with(n)) {
                if is {
                    problems.push(format!("{rel}: taken for a template"));
                }
                continue;
            }
            if !is {
                continue;
            }
            templates += 1;
            let u = load_template(&file, &text, &idx, &doc.root, &Options::default());
            resources += u.resources.len();
            assert_eq!(u.files.len(), 1);
            for d in &u.diagnostics {
                if d.level == DiagnosticLevel::Error {
                    problems.push(format!("{rel}:{}: {} [{}]", d.line(), d.message, d.code));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(templates > 100, "only {templates} templates");
    assert!(resources > 800, "only {resources} resources");
    println!(
        "{templates} templates, {resources} resources in {:?}",
        start.elapsed()
    );
}
