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
/// document printed by `serde_json::to_string_pretty` (same layout). Elements are taken and
/// printed a chunk at a time: while one chunk is printed (in parallel), the next is taken from
/// `items` (which may be reading findings back from disk), and each chunk is written out
/// before the one after it is printed. `render` prints an element with [`Element::value`].
pub fn write_array<T: Send + Sync, W: Write + ?Sized>(
    w: &mut W,
    items: impl IntoIterator<Item = T, IntoIter: Send>,
    depth: usize,
    render: impl Fn(&T, &mut Element) + Sync,
) -> io::Result<()> {
    use rayon::prelude::*;
    let mut items = items.into_iter();
    let take = |items: &mut dyn Iterator<Item = T>| -> Vec<T> { items.take(CHUNK).collect() };
    let mut chunk = take(&mut items);
    if chunk.is_empty() {
        return w.write_all(b"[]");
    }
    w.write_all(b"[\n")?;
    let mut first = true;
    while !chunk.is_empty() {
        let (next, parts) = rayon::join(
            || take(&mut items),
            || {
                chunk
                    .par_iter()
                    .map(|it| {
                        let mut e = Element {
                            buf: Vec::with_capacity(2048),
                            depth: depth + 1,
                        };
                        render(it, &mut e);
                        e.buf
                    })
                    .collect::<Vec<Vec<u8>>>()
            },
        );
        for p in &parts {
            if !first {
                w.write_all(b",\n")?;
            }
            first = false;
            w.write_all(p)?;
        }
        chunk = next;
    }
    w.write_all(b"\n")?;
    w.write_all("  ".repeat(depth).as_bytes())?;
    w.write_all(b"]")
}

/// One element of an array [`write_array`] writes.
pub struct Element {
    buf: Vec<u8>,
    depth: usize,
}

impl Element {
    /// Prints the element's value, indented for its place in the document.
    pub fn value(&mut self, v: &impl serde::Serialize) {
        for _ in 0..self.depth {
            self.buf.extend_from_slice(b"  ");
        }
        let mut ser = serde_json::Serializer::with_formatter(
            &mut self.buf,
            Indented {
                level: self.depth,
                has_value: false,
            },
        );
        // Serializing into memory fails only on a map with non-string keys, which no report
        // has; the element is then left as far as it got.
        let _ = v.serialize(&mut ser);
    }
}

/// `serde_json`'s pretty layout (two spaces), starting `level` indents deep.
struct Indented {
    level: usize,
    has_value: bool,
}

impl Indented {
    fn indent<W: ?Sized + Write>(&self, w: &mut W) -> io::Result<()> {
        for _ in 0..self.level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
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
