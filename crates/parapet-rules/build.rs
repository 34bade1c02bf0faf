//! Compiles `rules/` into the binary: every `rule.yaml` is parsed and validated here, so a bad
//! rule file breaks the build with a message naming the file.

#[allow(dead_code)]
#[path = "src/meta.rs"]
mod meta;

use meta::{Fixture, Framework, RuleEntry, RuleMeta};
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let rules_dir = manifest.join("../../rules");
    println!("cargo:rerun-if-changed={}", rules_dir.display());

    let mut frameworks: Vec<Framework> = Vec::new();
    let comp = rules_dir.join("compliance");
    let mut comp_files: Vec<PathBuf> = std::fs::read_dir(&comp)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    comp_files.sort();
    for p in comp_files {
        if p.extension().is_some_and(|x| x == "yaml") {
            println!("cargo:rerun-if-changed={}", p.display());
            let text = std::fs::read_to_string(&p).unwrap();
            let fw: Framework =
                serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            assert_eq!(fw.id, stem, "{}: id must match the file name", p.display());
            frameworks.push(fw);
        }
    }

    let mut entries: Vec<(RuleEntry, Vec<Fixture>)> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for provider in sorted_dirs(&rules_dir) {
        let pname = name(&provider);
        if pname == "compliance" {
            continue;
        }
        for service in sorted_dirs(&provider) {
            for rule in sorted_dirs(&service) {
                let file = rule.join("rule.yaml");
                watch(&rule);
                let text = match std::fs::read_to_string(&file) {
                    Ok(t) => t,
                    Err(e) => {
                        errors.push(format!("{}: {e}", file.display()));
                        continue;
                    }
                };
                let meta: RuleMeta = match serde_saphyr::from_str(&text) {
                    Ok(m) => m,
                    Err(e) => {
                        errors.push(format!("{}: {e}", file.display()));
                        continue;
                    }
                };
                let mut fixtures = Vec::new();
                for fmt_dir in sorted_dirs(&rule) {
                    for f in sorted_files(&fmt_dir) {
                        fixtures.push(Fixture {
                            format: name(&fmt_dir),
                            kind: name(&f)
                                .split(['.', '_', '-'])
                                .next()
                                .unwrap_or("")
                                .to_string(),
                            file: name(&f),
                            text: std::fs::read_to_string(&f).unwrap_or_default(),
                        });
                    }
                }
                let entry = RuleEntry {
                    path: format!("{}/{}/{}", pname, name(&service), name(&rule)),
                    provider: pname.clone(),
                    service: name(&service),
                    meta,
                };
                if entry.meta.name != name(&rule) {
                    errors.push(format!(
                        "{}: name `{}` must match the folder name",
                        file.display(),
                        entry.meta.name
                    ));
                }
                for e in meta::validate(&entry, &fixtures, &frameworks) {
                    errors.push(format!("{}: {e}", file.display()));
                }
                entries.push((entry, fixtures));
            }
        }
    }
    let mut ids: Vec<&str> = entries.iter().map(|(e, _)| e.meta.id.as_str()).collect();
    ids.sort();
    for w in ids.windows(2) {
        if w[0] == w[1] {
            errors.push(format!("rule id {} is used twice", w[0]));
        }
    }
    if !errors.is_empty() {
        panic!("invalid rule metadata:\n  {}", errors.join("\n  "));
    }
    entries.sort_by(|a, b| a.0.meta.id.cmp(&b.0.meta.id));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let (entries, fixtures): (Vec<RuleEntry>, Vec<Vec<Fixture>>) = entries.into_iter().unzip();
    std::fs::write(
        out.join("rules.json"),
        serde_json::to_string(&entries).unwrap(),
    )
    .unwrap();
    // The examples, in the order of the rules: only tests, docs and `explain` read them.
    std::fs::write(
        out.join("fixtures.json"),
        serde_json::to_string(&fixtures).unwrap(),
    )
    .unwrap();
    std::fs::write(
        out.join("frameworks.json"),
        serde_json::to_string(&frameworks).unwrap(),
    )
    .unwrap();
}

fn watch(dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    for d in sorted_dirs(dir) {
        watch(&d);
    }
    for f in sorted_files(dir) {
        println!("cargo:rerun-if-changed={}", f.display());
    }
}

fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().to_string()
}

fn sorted_dirs(p: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn sorted_files(p: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}
