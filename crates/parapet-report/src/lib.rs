//! Reporters: one file per output format. Each takes a finished scan and returns text.
//!
//! Invariants: reporters never print (the CLI does); every location comes from the model value
//! a rule pointed at; output is deterministic for the same scan.

pub mod github;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod text;

use parapet_engine::ScanResult;
use parapet_rules::meta::Severity;
use parapet_rules::{Finding, Status};

/// Options shared by the reporters.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// ANSI colour in the text output.
    pub color: bool,
    /// Include Pass/Skip outcomes where the format can carry them.
    pub show_skipped: bool,
    /// List suppressed findings in the text output.
    pub show_suppressed: bool,
}

/// Counts of failing findings by severity, most severe first.
pub fn summary(scan: &ScanResult) -> Vec<(Severity, usize)> {
    let mut out = Vec::new();
    for sev in [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ] {
        let n = scan.failures().filter(|f| f.severity == sev).count();
        out.push((sev, n));
    }
    out
}

pub fn count(scan: &ScanResult, status: Status) -> usize {
    scan.findings.iter().filter(|f| f.status == status).count()
}

/// The rule's title for a finding.
pub fn title(f: &Finding) -> String {
    parapet_rules::find(&f.rule_id)
        .map(|e| e.meta.title.clone())
        .unwrap_or_default()
}

/// Pretty-prints findings as a JSON array that is the value of a key at `depth` of a document
/// printed by `serde_json::to_string_pretty` (same layout). Each element is built and printed
/// on its own, in parallel, so a large report never exists as one value tree in memory.
pub fn stream_array<T: Sync>(
    items: &[T],
    depth: usize,
    to_value: impl Fn(&T) -> serde_json::Value + Sync,
) -> String {
    use rayon::prelude::*;
    if items.is_empty() {
        return "[]".to_string();
    }
    let indent = "  ".repeat(depth + 1);
    let parts: Vec<String> = items
        .par_iter()
        .map(|it| {
            let text = serde_json::to_string_pretty(&to_value(it)).unwrap_or_default();
            let mut s = String::with_capacity(text.len() + 64);
            for (j, line) in text.lines().enumerate() {
                if j > 0 {
                    s.push('\n');
                }
                s.push_str(&indent);
                s.push_str(line);
            }
            s
        })
        .collect();
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 2).sum::<usize>() + 16);
    out.push_str("[\n");
    out.push_str(&parts.join(",\n"));
    out.push('\n');
    out.push_str(&"  ".repeat(depth));
    out.push(']');
    out
}
