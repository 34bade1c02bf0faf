//! The findings of a scan, from the groups that produce them to the report.
//!
//! Groups finish in any order; a report lists findings in one total order ([`report_order`]),
//! with the same finding reached twice listed once, repeated fingerprints numbered, and the
//! exceptions and the baseline applied. The [`Collector`] takes each group's findings as it
//! finishes; past a memory budget it sorts what it holds and writes it to a temporary file (a
//! run). At the end the runs and what is left in memory are merged in order and go through the
//! [`Pipeline`] once, into memory when nothing was written out, or into one more temporary file
//! that each pass of a reporter reads again. So the memory of a scan's findings is bounded by
//! the budget, not by the size of the tree; a tree with more findings costs disk instead.

use crate::baseline::{Entry, Marker};
use crate::fingerprint::Numbering;
use crate::suppress::Exceptions;
use parapet_model::{Diagnostic, FileRef, Format, Origin, Span};
use parapet_rules::meta::Severity;
use parapet_rules::{Finding, Status, Suppression, SuppressionKind};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::sync::Mutex;

/// The order of findings in a report: by place, rule and resource, then by what they say.
pub fn report_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    let at = |f: &Finding| f.origin.span().map(|s| (s.start_line, s.start_col));
    // Call sites compared in place (no list is built: ties are common where roots share a
    // module).
    fn chain(f: &Finding) -> impl Iterator<Item = Option<(&str, u32)>> {
        f.call_chain
            .iter()
            .map(|o| o.span().map(|s| (&*s.file, s.start)))
    }
    (
        a.file(),
        at(a),
        &a.rule_id,
        &a.resource,
        a.status,
        &a.message,
    )
        .cmp(&(
            b.file(),
            at(b),
            &b.rule_id,
            &b.resource,
            b.status,
            &b.message,
        ))
        .then_with(|| chain(a).cmp(chain(b)))
}

/// The same value reached twice (e.g. a module instantiated from two roots): reported once.
fn same_outcome(a: &Finding, b: &Finding) -> bool {
    a.rule_id == b.rule_id
        && a.resource == b.resource
        && a.call_chain == b.call_chain
        && a.status == b.status
        && a.origin == b.origin
        && a.message == b.message
}

/// About how many bytes of memory a finding takes while collected: its slot (with the slack of a
/// growing vector), and each string it owns alone as the allocator rounds it, with the
/// allocator's own overhead (file names are shared and not counted).
pub fn weight(f: &Finding) -> usize {
    fn heap(n: usize) -> usize {
        if n == 0 {
            0
        } else {
            n.next_multiple_of(16) + 16
        }
    }
    let origin = |o: &Origin| match o {
        Origin::Cloud { id, region } => {
            heap(id.capacity()) + region.as_ref().map_or(0, |r| heap(r.capacity()))
        }
        _ => 0,
    };
    let opt = |s: &Option<String>| s.as_ref().map_or(0, |s| heap(s.capacity()));
    std::mem::size_of::<(u32, Finding)>() * 3 / 2
        + heap(f.rule_id.capacity())
        + heap(f.message.capacity())
        + heap(f.resource.capacity())
        + heap(f.resource_type.capacity())
        + heap(f.fingerprint.capacity())
        + opt(&f.condition)
        + heap(f.call_chain.capacity() * std::mem::size_of::<Origin>())
        + f.call_chain.iter().map(origin).sum::<usize>()
        + origin(&f.origin)
        + origin(&f.resource_origin)
        + f.suppression.as_ref().map_or(0, |s| {
            heap(std::mem::size_of::<Suppression>())
                + opt(&s.reason)
                + opt(&s.expires)
                + opt(&s.owner)
        })
}

/// How many findings of a scan are of each kind (counted once, as they are stored).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Failing findings that are reported (not suppressed, baselined or outside the diff), by
    /// severity from Info to Critical.
    pub reported: [usize; 5],
    /// Failing findings under a live suppression.
    pub suppressed: usize,
    /// Failing findings in the baseline (and not suppressed).
    pub baselined: usize,
    /// Failing findings outside the diff (and neither suppressed nor baselined).
    pub outside_diff: usize,
    /// Skip outcomes.
    pub skipped: usize,
    /// Pass outcomes kept (`keep_passes`).
    pub passed: usize,
}

impl Counts {
    fn add(&mut self, f: &Finding) {
        match f.status {
            Status::Pass => self.passed += 1,
            Status::Skip => self.skipped += 1,
            Status::Fail if f.is_suppressed() => self.suppressed += 1,
            Status::Fail if f.baselined => self.baselined += 1,
            Status::Fail if f.outside_diff => self.outside_diff += 1,
            Status::Fail => self.reported[severity_code(f.severity) as usize] += 1,
        }
    }

    /// Reported failing findings of one severity.
    pub fn reported(&self, severity: Severity) -> usize {
        self.reported[severity_code(severity) as usize]
    }

    /// Reported failing findings of a severity or above.
    pub fn reported_at_least(&self, severity: Severity) -> usize {
        self.reported[severity_code(severity) as usize..]
            .iter()
            .sum()
    }

    /// Reported failing findings.
    pub fn failed(&self) -> usize {
        self.reported.iter().sum()
    }
}

/// The findings of a scan, in report order: in memory, or (past the budget) in a temporary file
/// that each pass reads again.
#[derive(Default)]
pub struct Findings {
    memory: Vec<Finding>,
    file: Option<File>,
    len: usize,
    counts: Counts,
    /// A failure to read the file back: the passes after it saw fewer findings.
    error: Mutex<Option<String>>,
}

impl std::fmt::Debug for Findings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Findings")
            .field("len", &self.len)
            .field("on_disk", &self.file.is_some())
            .finish()
    }
}

impl From<Vec<Finding>> for Findings {
    fn from(memory: Vec<Finding>) -> Findings {
        let mut counts = Counts::default();
        memory.iter().for_each(|f| counts.add(f));
        Findings {
            len: memory.len(),
            memory,
            counts,
            ..Default::default()
        }
    }
}

impl Findings {
    pub fn counts(&self) -> &Counts {
        &self.counts
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether the findings were written to disk (more than the memory budget).
    pub fn on_disk(&self) -> bool {
        self.file.is_some()
    }

    /// The findings in report order (read again from disk when they were written there).
    pub fn iter(&self) -> Iter<'_> {
        match &self.file {
            None => Iter::Memory(self.memory.iter()),
            Some(file) => Iter::Disk {
                decoder: Decoder::new(At { file, pos: 0 }),
                left: self.len,
                error: &self.error,
            },
        }
    }

    pub fn to_vec(&self) -> Vec<Finding> {
        self.iter().map(Cow::into_owned).collect()
    }

    /// Why reading the findings back from disk failed (a report written then is incomplete).
    pub fn error(&self) -> Option<String> {
        self.error.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

impl<'a> IntoIterator for &'a Findings {
    type Item = Cow<'a, Finding>;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

pub enum Iter<'a> {
    Memory(std::slice::Iter<'a, Finding>),
    Disk {
        decoder: Decoder<At<'a>>,
        left: usize,
        error: &'a Mutex<Option<String>>,
    },
}

impl<'a> Iterator for Iter<'a> {
    type Item = Cow<'a, Finding>;

    fn next(&mut self) -> Option<Cow<'a, Finding>> {
        match self {
            Iter::Memory(it) => it.next().map(Cow::Borrowed),
            Iter::Disk {
                decoder,
                left,
                error,
            } => {
                if *left == 0 {
                    return None;
                }
                match decoder.next() {
                    Some(Ok((_, f))) => {
                        *left -= 1;
                        Some(Cow::Owned(f))
                    }
                    other => {
                        let why = match other {
                            Some(Err(e)) => e,
                            _ => format!("{left} findings missing"),
                        };
                        *error.lock().unwrap_or_else(|e| e.into_inner()) =
                            Some(format!("cannot read the findings back from disk: {why}"));
                        *left = 0;
                        None
                    }
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Iter::Memory(it) => it.size_hint(),
            Iter::Disk { left, .. } => (0, Some(*left)),
        }
    }
}

/// Takes the findings of the groups as they finish; past the budget, sorts what it holds and
/// writes it to a temporary file.
pub struct Collector {
    budget: usize,
    held: Mutex<Held>,
    runs: Mutex<Vec<File>>,
}

#[derive(Default)]
struct Held {
    /// With the group each came from.
    findings: Vec<(u32, Finding)>,
    bytes: usize,
    /// Writing a run failed once: everything stays in memory from then on.
    no_disk: Option<String>,
}

impl Collector {
    /// `budget`: bytes of findings held in memory before a sorted run is written to disk.
    pub fn new(budget: usize) -> Collector {
        Collector {
            budget,
            held: Default::default(),
            runs: Default::default(),
        }
    }

    /// The findings of a group; a group can still be left out of the report at the end (see
    /// [`Collector::finish`]).
    pub fn add(&self, group: u32, findings: Vec<Finding>) {
        if findings.is_empty() {
            return;
        }
        let bytes: usize = findings.iter().map(weight).sum();
        let full = {
            let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
            held.findings
                .extend(findings.into_iter().map(|f| (group, f)));
            held.bytes += bytes;
            if held.bytes > self.budget && held.no_disk.is_none() {
                held.bytes = 0;
                Some(std::mem::take(&mut held.findings))
            } else {
                None
            }
        };
        // Sorted and written outside the lock: other groups go on adding meanwhile.
        if let Some(mut run) = full {
            run.par_sort_unstable_by(|a, b| report_order(&a.1, &b.1));
            match write_run(&run) {
                Ok(file) => self
                    .runs
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(file),
                Err(e) => {
                    let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
                    held.bytes += run.iter().map(|(_, f)| weight(f)).sum::<usize>();
                    held.findings.append(&mut run);
                    held.no_disk = Some(e.to_string());
                }
            }
        }
    }

    /// Merges the findings of the groups `keep` accepts, in report order, through the pipeline.
    /// The warnings say what could not be written to or read from disk.
    pub fn finish(
        self,
        keep: impl Fn(u32) -> bool,
        mut pipeline: Pipeline,
    ) -> (Findings, Vec<Entry>, Vec<Diagnostic>) {
        let held = self.held.into_inner().unwrap_or_else(|e| e.into_inner());
        let runs = self.runs.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut diags = Vec::new();
        let temp = || std::env::temp_dir().to_string_lossy().into_owned();
        if let Some(e) = &held.no_disk {
            diags.push(Diagnostic::warning(
                "findings",
                temp().into(),
                None,
                format!(
                    "cannot write findings to a temporary file ({e}); the rest are kept in memory"
                ),
            ));
        }
        let mut rest = held.findings;
        rest.retain(|(g, _)| keep(*g));
        rest.par_sort_unstable_by(|a, b| report_order(&a.1, &b.1));
        if runs.is_empty() {
            let mut out = Vec::with_capacity(rest.len());
            for (_, f) in rest {
                pipeline.push(f, &mut |f| out.push(f));
            }
            pipeline.flush(&mut |f| out.push(f));
            let (resolved, d) = pipeline.finish();
            diags.extend(d);
            return (out.into(), resolved, diags);
        }
        // Each run is read once, in order; the smallest head of all of them comes next.
        type Run<'r> = Box<dyn Iterator<Item = Result<(u32, Finding), String>> + 'r>;
        let mut sources: Vec<Run> = runs
            .iter()
            .map(|file| {
                Box::new(
                    Decoder::new(At { file, pos: 0 })
                        .filter(|r| r.as_ref().map_or(true, |(g, _)| keep(*g))),
                ) as Run
            })
            .collect();
        sources.push(Box::new(rest.into_iter().map(Ok)));
        let n_sources = sources.len();
        let mut heap = BinaryHeap::new();
        let mut failed = None;
        let mut pull =
            |i: usize, heap: &mut BinaryHeap<Head>, failed: &mut Option<String>| match sources[i]
                .next()
            {
                Some(Ok((_, f))) => heap.push(Head(f, i)),
                Some(Err(e)) => *failed = Some(e),
                None => {}
            };
        for i in 0..n_sources {
            pull(i, &mut heap, &mut failed);
        }
        // The merged findings go to one more temporary file; if it cannot be created they are
        // kept in memory rather than lost.
        let mut merge = |out: &mut dyn FnMut(Finding)| {
            while let Some(Head(f, i)) = heap.pop() {
                pull(i, &mut heap, &mut failed);
                pipeline.push(f, out);
            }
            pipeline.flush(out);
        };
        let findings = match tempfile::tempfile() {
            Ok(file) => {
                let mut counts = Counts::default();
                let mut enc = Encoder::new(BufWriter::with_capacity(1 << 16, file));
                let mut err: Option<io::Error> = None;
                merge(&mut |f: Finding| {
                    counts.add(&f);
                    if err.is_none() {
                        err = enc.write(0, &f).err();
                    }
                });
                let len = enc.count;
                match err.map_or_else(|| enc.into_inner(), Err) {
                    Ok(file) => Findings {
                        memory: Vec::new(),
                        file: Some(file),
                        len,
                        counts,
                        error: Default::default(),
                    },
                    Err(e) => {
                        diags.push(Diagnostic::error(
                            "findings",
                            temp().into(),
                            None,
                            format!("cannot write the findings to a temporary file ({e}); the report is incomplete"),
                        ));
                        Findings::default()
                    }
                }
            }
            Err(e) => {
                diags.push(Diagnostic::warning(
                    "findings",
                    temp().into(),
                    None,
                    format!("cannot create a temporary file for the findings ({e}); they are kept in memory"),
                ));
                let mut out = Vec::new();
                merge(&mut |f| out.push(f));
                out.into()
            }
        };
        if let Some(e) = failed {
            diags.push(Diagnostic::error(
                "findings",
                temp().into(),
                None,
                format!("cannot read findings back from a temporary file ({e}); the report is incomplete"),
            ));
        }
        let (resolved, d) = pipeline.finish();
        diags.extend(d);
        (findings, resolved, diags)
    }
}

/// A finding at the head of a run; the heap pops the first in report order (then the earliest
/// run, so that equal findings keep a fixed order).
struct Head(Finding, usize);

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}
impl Eq for Head {}
impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Head {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        report_order(&other.0, &self.0).then_with(|| other.1.cmp(&self.1))
    }
}

/// What happens to the findings in report order: the same outcome reached twice is dropped,
/// repeated fingerprints are numbered, then the exceptions and the baseline are applied.
pub struct Pipeline<'a> {
    prev: Option<Finding>,
    numbering: Numbering,
    exceptions: Exceptions<'a>,
    baseline: Option<Marker<'a>>,
    rules_run: &'a [String],
}

impl<'a> Pipeline<'a> {
    pub fn new(
        exceptions: Exceptions<'a>,
        baseline: Option<Marker<'a>>,
        rules_run: &'a [String],
    ) -> Pipeline<'a> {
        Pipeline {
            prev: None,
            numbering: Numbering::default(),
            exceptions,
            baseline,
            rules_run,
        }
    }

    /// The next finding in report order; `out` gets the one before it, once it is known not to
    /// repeat.
    pub fn push(&mut self, f: Finding, out: &mut (impl FnMut(Finding) + ?Sized)) {
        if self.prev.as_ref().is_some_and(|p| same_outcome(p, &f)) {
            return;
        }
        if let Some(p) = self.prev.replace(f) {
            out(self.mark(p));
        }
    }

    pub fn flush(&mut self, out: &mut (impl FnMut(Finding) + ?Sized)) {
        if let Some(p) = self.prev.take() {
            out(self.mark(p));
        }
    }

    fn mark(&mut self, mut f: Finding) -> Finding {
        self.numbering.number(&mut f);
        self.exceptions.apply(&mut f);
        if let Some(b) = &mut self.baseline {
            b.mark(&mut f);
        }
        f
    }

    /// The baseline entries that no longer occur, and the warnings about exceptions.
    pub fn finish(self) -> (Vec<Entry>, Vec<Diagnostic>) {
        (
            self.baseline.map(Marker::finish).unwrap_or_default(),
            self.exceptions.finish(self.rules_run),
        )
    }
}

fn write_run(run: &[(u32, Finding)]) -> io::Result<File> {
    let mut enc = Encoder::new(BufWriter::with_capacity(1 << 16, tempfile::tempfile()?));
    for (g, f) in run {
        enc.write(*g, f)?;
    }
    enc.into_inner()
}

/// Reads a file from a position of its own, so that several passes can read one file.
pub struct At<'a> {
    file: &'a File,
    pos: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(self.file, buf, self.pos)?;
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(self.file, buf, self.pos)?;
        #[cfg(not(any(unix, windows)))]
        let n = {
            let _ = buf;
            return Err(io::Error::from(io::ErrorKind::Unsupported));
        };
        self.pos += n as u64;
        Ok(n)
    }
}

// The format of the temporary files: each finding is a little-endian u32 length and that many
// bytes: the group it came from (u32), then its fields in declaration order (strings as a u32 length and UTF-8, options and
// origins with a tag byte). Only this process reads it.

struct Encoder<W: Write> {
    w: W,
    buf: Vec<u8>,
    count: usize,
}

impl<W: Write> Encoder<W> {
    fn new(w: W) -> Self {
        Encoder {
            w,
            buf: Vec::with_capacity(512),
            count: 0,
        }
    }

    fn write(&mut self, group: u32, f: &Finding) -> io::Result<()> {
        self.buf.clear();
        put_u32(&mut self.buf, group);
        encode(f, &mut self.buf);
        let len = u32::try_from(self.buf.len())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "finding too large"))?;
        self.w.write_all(&len.to_le_bytes())?;
        self.w.write_all(&self.buf)?;
        self.count += 1;
        Ok(())
    }
}

impl Encoder<BufWriter<File>> {
    fn into_inner(self) -> io::Result<File> {
        self.w.into_inner().map_err(|e| e.into_error())
    }
}

fn encode(f: &Finding, b: &mut Vec<u8>) {
    // Every field, so that a new one cannot be forgotten here.
    let Finding {
        rule_id,
        severity,
        status,
        message,
        resource,
        resource_type,
        format,
        origin,
        call_chain,
        condition,
        resource_origin,
        resource_index,
        fingerprint,
        suppression,
        baselined,
        outside_diff,
    } = f;
    put_str(b, rule_id);
    b.push(severity_code(*severity));
    b.push(match status {
        Status::Pass => 0,
        Status::Fail => 1,
        Status::Skip => 2,
    });
    put_str(b, message);
    put_str(b, resource);
    put_str(b, resource_type);
    b.push(match format {
        Format::Terraform => 0,
        Format::Cloudformation => 1,
        Format::Kubernetes => 2,
        Format::Live => 3,
    });
    put_origin(b, origin);
    put_u32(b, call_chain.len() as u32);
    for o in call_chain {
        put_origin(b, o);
    }
    put_opt(b, condition);
    put_origin(b, resource_origin);
    b.extend_from_slice(&(*resource_index as u64).to_le_bytes());
    put_str(b, fingerprint);
    match suppression {
        None => b.push(0),
        Some(s) => {
            let Suppression {
                kind,
                reason,
                expires,
                owner,
                origin,
                expired,
            } = &**s;
            b.push(match kind {
                SuppressionKind::InSource => 1,
                SuppressionKind::External => 2,
            });
            put_opt(b, reason);
            put_opt(b, expires);
            put_opt(b, owner);
            put_origin(b, origin);
            b.push(u8::from(*expired));
        }
    }
    b.push(u8::from(*baselined) | u8::from(*outside_diff) << 1);
}

fn severity_code(s: Severity) -> u8 {
    match s {
        Severity::Info => 0,
        Severity::Low => 1,
        Severity::Medium => 2,
        Severity::High => 3,
        Severity::Critical => 4,
    }
}

fn put_u32(b: &mut Vec<u8>, n: u32) {
    b.extend_from_slice(&n.to_le_bytes());
}

fn put_str(b: &mut Vec<u8>, s: &str) {
    put_u32(b, s.len() as u32);
    b.extend_from_slice(s.as_bytes());
}

fn put_opt(b: &mut Vec<u8>, s: &Option<String>) {
    match s {
        None => b.push(0),
        Some(s) => {
            b.push(1);
            put_str(b, s);
        }
    }
}

fn put_origin(b: &mut Vec<u8>, o: &Origin) {
    match o {
        Origin::Synthetic => b.push(0),
        Origin::Source(s) => {
            b.push(1);
            put_str(b, &s.file);
            for n in [
                s.start,
                s.end,
                s.start_line,
                s.start_col,
                s.end_line,
                s.end_col,
            ] {
                put_u32(b, n);
            }
        }
        Origin::Cloud { id, region } => {
            b.push(2);
            put_str(b, id);
            put_opt(b, region);
        }
    }
}

/// Reads the findings an [`Encoder`] wrote.
pub struct Decoder<R: Read> {
    r: BufReader<R>,
    buf: Vec<u8>,
    /// The last file name read, shared by the findings that follow in the same file.
    file: Option<FileRef>,
}

impl<R: Read> Decoder<R> {
    fn new(r: R) -> Self {
        Decoder {
            r: BufReader::with_capacity(1 << 16, r),
            buf: Vec::new(),
            file: None,
        }
    }
}

impl<R: Read> Iterator for Decoder<R> {
    type Item = Result<(u32, Finding), String>;

    fn next(&mut self) -> Option<Result<(u32, Finding), String>> {
        let mut len = [0u8; 4];
        match self.r.read_exact(&mut len) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return None,
            Err(e) => return Some(Err(e.to_string())),
        }
        self.buf.resize(u32::from_le_bytes(len) as usize, 0);
        if let Err(e) = self.r.read_exact(&mut self.buf) {
            return Some(Err(e.to_string()));
        }
        let mut c = Cursor {
            b: &self.buf,
            file: &mut self.file,
        };
        Some(
            c.u32()
                .and_then(|g| Some((g, c.finding()?)))
                .ok_or_else(|| "malformed record".to_string()),
        )
    }
}

struct Cursor<'b> {
    b: &'b [u8],
    file: &'b mut Option<FileRef>,
}

impl<'b> Cursor<'b> {
    fn take(&mut self, n: usize) -> Option<&'b [u8]> {
        let b: &'b [u8] = self.b;
        if b.len() < n {
            return None;
        }
        let (h, t) = b.split_at(n);
        self.b = t;
        Some(h)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn str(&mut self) -> Option<&'b str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    fn opt(&mut self) -> Option<Option<String>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.string()?)),
            _ => None,
        }
    }

    fn origin(&mut self) -> Option<Origin> {
        Some(match self.u8()? {
            0 => Origin::Synthetic,
            1 => {
                let name = self.str()?;
                let file = match &*self.file {
                    Some(f) if **f == *name => f.clone(),
                    _ => {
                        let f: FileRef = name.into();
                        *self.file = Some(f.clone());
                        f
                    }
                };
                Origin::Source(Span {
                    file,
                    start: self.u32()?,
                    end: self.u32()?,
                    start_line: self.u32()?,
                    start_col: self.u32()?,
                    end_line: self.u32()?,
                    end_col: self.u32()?,
                })
            }
            2 => Origin::Cloud {
                id: self.string()?,
                region: self.opt()?,
            },
            _ => return None,
        })
    }

    fn finding(&mut self) -> Option<Finding> {
        let rule_id = self.string()?;
        let severity = [
            Severity::Info,
            Severity::Low,
            Severity::Medium,
            Severity::High,
            Severity::Critical,
        ]
        .get(self.u8()? as usize)
        .copied()?;
        let status = [Status::Pass, Status::Fail, Status::Skip]
            .get(self.u8()? as usize)
            .copied()?;
        let message = self.string()?;
        let resource = self.string()?;
        let resource_type = self.string()?;
        let format = [
            Format::Terraform,
            Format::Cloudformation,
            Format::Kubernetes,
            Format::Live,
        ]
        .get(self.u8()? as usize)
        .copied()?;
        let origin = self.origin()?;
        let n = self.u32()? as usize;
        let mut call_chain = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            call_chain.push(self.origin()?);
        }
        let condition = self.opt()?;
        let resource_origin = self.origin()?;
        let resource_index =
            usize::try_from(u64::from_le_bytes(self.take(8)?.try_into().ok()?)).ok()?;
        let fingerprint = self.string()?;
        let suppression = match self.u8()? {
            0 => None,
            k @ (1 | 2) => Some(Box::new(Suppression {
                kind: if k == 1 {
                    SuppressionKind::InSource
                } else {
                    SuppressionKind::External
                },
                reason: self.opt()?,
                expires: self.opt()?,
                owner: self.opt()?,
                origin: self.origin()?,
                expired: self.u8()? != 0,
            })),
            _ => return None,
        };
        let flags = self.u8()?;
        if !self.b.is_empty() {
            return None;
        }
        Some(Finding {
            rule_id,
            severity,
            status,
            message,
            resource,
            resource_type,
            format,
            origin,
            call_chain,
            condition,
            resource_origin,
            resource_index,
            fingerprint,
            suppression,
            baselined: flags & 1 != 0,
            outside_diff: flags & 2 != 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(i: usize, file: &str) -> Finding {
        let span = |start: u32| {
            Origin::Source(Span {
                file: file.into(),
                start,
                end: start + 4,
                start_line: start / 10 + 1,
                start_col: 3,
                end_line: start / 10 + 1,
                end_col: 7,
            })
        };
        Finding {
            rule_id: format!("AWS-S3-{:03}", i % 7),
            severity: [Severity::Low, Severity::High, Severity::Critical][i % 3],
            status: [Status::Fail, Status::Skip][i % 2],
            message: format!("message {i} — ü"),
            resource: format!("aws_s3_bucket.b{}", i % 5),
            resource_type: "aws_s3_bucket".into(),
            format: [Format::Terraform, Format::Kubernetes][i % 2],
            origin: span((i * 13 % 97) as u32),
            call_chain: (0..i % 3).map(|k| span(k as u32)).collect(),
            condition: (i % 4 == 0).then(|| "IsProd".to_string()),
            resource_origin: if i % 5 == 0 {
                Origin::Cloud {
                    id: "arn:aws:s3:::b".into(),
                    region: Some("eu-west-1".into()),
                }
            } else {
                span(0)
            },
            resource_index: i,
            fingerprint: format!("{:032x}", i % 11),
            suppression: (i % 6 == 0).then(|| {
                Box::new(Suppression {
                    kind: SuppressionKind::External,
                    reason: Some("accepted".into()),
                    expires: None,
                    owner: Some("team".into()),
                    origin: Origin::Synthetic,
                    expired: i % 12 == 0,
                })
            }),
            baselined: i % 8 == 0,
            outside_diff: i % 9 == 0,
        }
    }

    fn json(f: &Finding) -> String {
        format!("{} {}", serde_json::to_string(f).unwrap(), f.resource_index)
    }

    #[test]
    fn the_disk_format_round_trips_every_field() {
        let all: Vec<(u32, Finding)> = (0..50)
            .map(|i| (i as u32 * 7, finding(i, "a/main.tf")))
            .collect();
        let file = write_run(&all).unwrap();
        let back: Vec<(u32, Finding)> = Decoder::new(At {
            file: &file,
            pos: 0,
        })
        .map(Result::unwrap)
        .collect();
        assert_eq!(back.len(), all.len());
        for (a, b) in all.iter().zip(&back) {
            assert_eq!(a.0, b.0);
            assert_eq!(json(&a.1), json(&b.1));
        }
    }

    #[test]
    fn a_damaged_record_is_an_error_not_a_panic() {
        let mut buf = Vec::new();
        encode(&finding(3, "x.tf"), &mut buf);
        for cut in 0..buf.len() {
            let mut c = Cursor {
                b: &buf[..cut],
                file: &mut None,
            };
            assert!(c.finding().is_none(), "cut at {cut}");
        }
    }

    fn collect(budget: usize, batches: &[Vec<Finding>]) -> (Findings, Vec<Diagnostic>) {
        let config = crate::config::Config::default();
        let c = Collector::new(budget);
        for (g, b) in batches.iter().enumerate() {
            c.add(g as u32, b.clone());
        }
        // A group left out at the end (a directory another root calls as a module).
        c.add(999, vec![finding(5000, "z.tf")]);
        let rules: Vec<String> = Vec::new();
        let p = Pipeline::new(
            Exceptions::new(&config, crate::suppress::Date::today()),
            None,
            &rules,
        );
        let (f, _, d) = c.finish(|g| g != 999, p);
        (f, d)
    }

    #[test]
    fn spilled_runs_merge_to_what_memory_gives() {
        let batches: Vec<Vec<Finding>> = (0..20)
            .map(|b| {
                // Findings reached again by later groups, as a module called from two roots.
                (0..40)
                    .map(|i| (b * 40 + i) % 300)
                    .map(|k| finding(k, ["a.tf", "b.tf", "c.yaml"][k % 3]))
                    .collect()
            })
            .collect();
        let (memory, _) = collect(usize::MAX, &batches);
        let (disk, diags) = collect(0, &batches);
        assert!(!memory.on_disk());
        assert!(disk.on_disk());
        assert!(diags.is_empty(), "{diags:?}");
        let a: Vec<String> = memory.iter().map(|f| json(&f)).collect();
        let b: Vec<String> = disk.iter().map(|f| json(&f)).collect();
        assert_eq!(a.len(), disk.len());
        assert_eq!(a.len(), 300, "each finding once");
        assert_eq!(a, b);
        // A second pass reads the same.
        assert_eq!(disk.iter().count(), disk.len());
        assert!(disk.error().is_none());
        // In report order, each fingerprint once in its file (real ones hash the file).
        let v = disk.to_vec();
        assert!(v.windows(2).all(|w| report_order(&w[0], &w[1]).is_le()));
        let mut fps: Vec<(&str, &str)> = v
            .iter()
            .filter(|f| f.status == Status::Fail)
            .map(|f| (f.file(), f.fingerprint.as_str()))
            .collect();
        let n = fps.len();
        fps.sort();
        fps.dedup();
        assert_eq!(fps.len(), n);
    }
}
