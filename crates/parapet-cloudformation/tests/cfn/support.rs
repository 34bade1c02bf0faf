//! Helpers shared by the tests.

use parapet_cloudformation::{is_template, load_template, Options};
use parapet_model::aws::ec2::SecurityGroup;
use parapet_model::aws::s3::Bucket;
use parapet_model::{
    Config, Diagnostic, DiagnosticLevel, EdgeKind, FileRef, LineIndex, Resource, State, Unit, Value,
};
use std::sync::Arc;

pub fn load(text: &str) -> Unit {
    load_with(text, &Options::default())
}

pub fn load_params(text: &str, params: &[(&str, &str)]) -> Unit {
    let mut opts = Options::default();
    for (k, v) in params {
        opts.parameters.insert(k.to_string(), v.to_string());
    }
    load_with(text, &opts)
}

pub fn load_with(text: &str, opts: &Options) -> Unit {
    let text: Arc<str> = text.into();
    let idx = LineIndex::new(text.clone());
    let (docs, errs) = parapet_yaml::load(&text, parapet_yaml::Limits::default());
    assert!(errs.is_empty(), "{errs:?}");
    let root = &docs.first().expect("one document").root;
    assert!(is_template(root), "not a template");
    let file: FileRef = "template.yaml".into();
    load_template(&file, &text, &idx, root, opts)
}

pub fn res<'u>(u: &'u Unit, id: &str) -> &'u Resource {
    let address = format!("Resources.{id}");
    u.resources
        .iter()
        .find(|r| r.address == address)
        .unwrap_or_else(|| panic!("no resource {address} in {:?}", addresses(u)))
}

pub fn index(u: &Unit, id: &str) -> usize {
    let address = format!("Resources.{id}");
    u.resources
        .iter()
        .position(|r| r.address == address)
        .unwrap_or_else(|| panic!("no resource {address}"))
}

pub fn addresses(u: &Unit) -> Vec<&str> {
    u.resources.iter().map(|r| r.address.as_str()).collect()
}

pub fn bucket<'u>(u: &'u Unit, id: &str) -> &'u Bucket {
    match &res(u, id).config {
        Config::S3Bucket(b) => b,
        other => panic!("{id} is {}", other.type_name()),
    }
}

pub fn group<'u>(u: &'u Unit, id: &str) -> &'u SecurityGroup {
    match &res(u, id).config {
        Config::SecurityGroup(g) => g,
        other => panic!("{id} is {}", other.type_name()),
    }
}

pub fn has_edge(u: &Unit, from: &str, to: &str, kind: EdgeKind) -> bool {
    let (f, t) = (index(u, from), index(u, to));
    u.edges
        .iter()
        .any(|e| e.from == f && e.to == t && e.kind == kind)
}

pub fn line<T>(v: &Value<T>) -> u32 {
    v.origin.line().expect("a source origin")
}

pub fn explicit<T: Clone + std::fmt::Debug>(v: &Value<T>) -> T {
    match &v.state {
        State::Explicit(x) => x.clone(),
        other => panic!("expected explicit, got {other:?}"),
    }
}

pub fn defaulted<T: Clone + std::fmt::Debug>(v: &Value<T>) -> T {
    match &v.state {
        State::Defaulted(x) => x.clone(),
        other => panic!("expected defaulted, got {other:?}"),
    }
}

pub fn unknown<T: std::fmt::Debug>(v: &Value<T>) -> String {
    match &v.state {
        State::Unknown(r) => r.clone(),
        other => panic!("expected unknown, got {other:?}"),
    }
}

pub fn errors(u: &Unit) -> Vec<&Diagnostic> {
    u.diagnostics
        .iter()
        .filter(|d| d.level == DiagnosticLevel::Error)
        .collect()
}

pub fn assert_clean(u: &Unit) {
    let bad: Vec<_> = u
        .diagnostics
        .iter()
        .filter(|d| d.level != DiagnosticLevel::Note)
        .collect();
    assert!(bad.is_empty(), "unexpected diagnostics: {bad:#?}");
}

/// The bucket name of `Resources.<id>` (the tests put expressions there).
pub fn name(u: &Unit, id: &str) -> Value<Option<String>> {
    bucket(u, id).name.clone()
}

/// The line (1-based) of the first line of `text` containing `needle`.
pub fn line_of(text: &str, needle: &str) -> u32 {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u32 + 1)
        .unwrap_or_else(|| panic!("`{needle}` not in the text"))
}
