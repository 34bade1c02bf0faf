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
        out.push((sev, scan.findings.counts().reported(sev)));
    }
    out
}

/// Outcomes of a status in the results (passes only when they were kept).
pub fn count(scan: &ScanResult, status: Status) -> usize {
    let c = scan.findings.counts();
    match status {
        Status::Pass => c.passed,
        Status::Skip => c.skipped,
        Status::Fail => c.failed() + c.suppressed + c.baselined + c.outside_diff,
    }
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
/// document printed by `serde_json::to_string_pretty` (same layout). Elements are taken,
/// printed (in parallel) and written out a chunk at a time, before the next chunk is taken.
/// `to_json` prints an element (see [`pretty`]).
pub fn write_array<T: Send + Sync, W: Write + ?Sized>(
    w: &mut W,
    items: impl IntoIterator<Item = T>,
    depth: usize,
    to_json: impl Fn(&T) -> String + Sync,
) -> io::Result<()> {
    use rayon::prelude::*;
    let mut items = items.into_iter().peekable();
    if items.peek().is_none() {
        return w.write_all(b"[]");
    }
    let indent = "  ".repeat(depth + 1);
    w.write_all(b"[\n")?;
    let mut chunk = Vec::with_capacity(CHUNK);
    for c in 0.. {
        chunk.clear();
        chunk.extend(items.by_ref().take(CHUNK));
        if chunk.is_empty() {
            break;
        }
        let parts: Vec<String> = chunk
            .par_iter()
            .map(|it| {
                let text = to_json(it);
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

/// A value printed as `serde_json::to_string_pretty` does.
pub fn pretty(v: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
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
