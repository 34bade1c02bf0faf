//! Reporters: one file per output format. Each takes a finished scan and writes it to a
//! `Write` (`render` gives the same as a string).
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
use std::io::{self, Write};

/// Options shared by the reporters.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// ANSI colour in the text output.
    pub color: bool,
    /// Include Pass/Skip outcomes where the format can carry them.
    pub show_skipped: bool,
    /// List suppressed findings in the text output.
    pub show_suppressed: bool,
    /// Leave out the summary line of the text output (`--quiet`).
    pub no_summary: bool,
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

/// How many array elements are rendered at once (in parallel) before they are written out:
/// the output is never held whole in memory, only this many elements of it.
const CHUNK: usize = 512;

/// Writes `items` as a pretty-printed JSON array that is the value of a key at `depth` of a
/// document printed by `serde_json::to_string_pretty` (same layout). Elements are built and
/// printed a chunk at a time, in parallel, and written out before the next chunk is built.
pub fn write_array<T: Sync, S: serde::Serialize, W: Write + ?Sized>(
    w: &mut W,
    items: &[T],
    depth: usize,
    to_value: impl Fn(&T) -> S + Sync,
) -> io::Result<()> {
    use rayon::prelude::*;
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    let indent = "  ".repeat(depth + 1);
    w.write_all(b"[\n")?;
    for (c, chunk) in items.chunks(CHUNK).enumerate() {
        let parts: Vec<String> = chunk
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
        for (i, p) in parts.iter().enumerate() {
            if c > 0 || i > 0 {
                w.write_all(b",\n")?;
            }
            w.write_all(p.as_bytes())?;
        }
    }
    w.write_all(b"\n")?;
    w.write_all("  ".repeat(depth).as_bytes())?;
    w.write_all(b"]")
}

/// Writes a pretty-printed document in which the string `placeholder` stands for an array
/// that `array` writes in its place.
pub fn write_document<W: Write + ?Sized>(
    w: &mut W,
    doc: &serde_json::Value,
    placeholder: &str,
    array: impl FnOnce(&mut W) -> io::Result<()>,
) -> io::Result<()> {
    let text = serde_json::to_string_pretty(doc).map_err(io::Error::other)?;
    let quoted = serde_json::to_string(placeholder).map_err(io::Error::other)?;
    match text.split_once(&quoted) {
        Some((before, after)) => {
            w.write_all(before.as_bytes())?;
            array(w)?;
            w.write_all(after.as_bytes())?;
        }
        None => w.write_all(text.as_bytes())?,
    }
    w.write_all(b"\n")
}

/// Runs a writer into a string (for tests and callers that want the text).
pub fn to_string(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
    let mut buf = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(&mut buf);
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
