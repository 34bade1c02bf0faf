//! Helpers shared by the integration tests.
#![allow(dead_code)]

use parapet_kubernetes::load_manifests;
use parapet_model::k8s::Workload;
use parapet_model::{Config, FileRef, LineIndex, Origin, Unit};
use parapet_yaml::Limits;
use std::path::PathBuf;
use std::sync::Arc;

pub fn fixture(rel: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Loads a file's text as the engine would.
pub fn load(name: &str, text: &str) -> Unit {
    let file: FileRef = name.into();
    let text: Arc<str> = text.into();
    let idx = LineIndex::new(text.clone());
    let (docs, errs) = parapet_yaml::load(&text, Limits::default());
    load_manifests(&file, &text, &idx, &docs, &errs)
}

/// The 1-based line of the `n`th (0-based) line containing `needle`.
pub fn nth_line_of(text: &str, needle: &str, n: usize) -> u32 {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(n)
        .map(|(i, _)| i as u32 + 1)
        .unwrap_or_else(|| panic!("`{needle}` (#{n}) not in the text"))
}

pub fn line_of(text: &str, needle: &str) -> u32 {
    nth_line_of(text, needle, 0)
}

pub fn line(o: &Origin) -> u32 {
    o.line().expect("a source origin")
}

pub fn workloads(unit: &Unit) -> Vec<&Workload> {
    unit.resources
        .iter()
        .filter_map(|r| match &r.config {
            Config::Workload(w) => Some(&**w),
            _ => None,
        })
        .collect()
}
