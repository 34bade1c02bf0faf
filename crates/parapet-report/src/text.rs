//! The terminal view: each finding with its source snippet, rule id, severity, title and a
//! one-line remediation; input problems; a summary by severity.

use crate::ReportOptions;
use codespan_reporting::diagnostic::{Diagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::Buffer};
use parapet_engine::ScanResult;
use parapet_model::DiagnosticLevel;
use parapet_rules::meta::Severity;
use parapet_rules::Status;
use std::collections::HashMap;

fn cs_severity(s: Severity) -> CsSeverity {
    match s {
        Severity::Critical | Severity::High => CsSeverity::Error,
        Severity::Medium => CsSeverity::Warning,
        Severity::Low | Severity::Info => CsSeverity::Note,
    }
}

/// The sources snippets are cut from: a few files at a time, read when first needed (the
/// results are sorted by file), so the report never holds the whole tree.
struct Sources<'a> {
    scan: &'a ScanResult,
    files: SimpleFiles<String, String>,
    ids: HashMap<String, Option<usize>>,
}

impl Sources<'_> {
    const KEEP: usize = 32;

    /// Makes room for the files one diagnostic needs, before any of their ids is taken
    /// (ids from before a reset would point at other files).
    fn prepare<'n>(&mut self, names: impl IntoIterator<Item = &'n str>) {
        let new = names
            .into_iter()
            .filter(|n| !self.ids.contains_key(*n))
            .count();
        if self.ids.len() + new > Self::KEEP {
            self.files = SimpleFiles::new();
            self.ids.clear();
        }
    }

    fn id(&mut self, name: &str) -> Option<usize> {
        if let Some(id) = self.ids.get(name) {
            return *id;
        }
        let id = self
            .scan
            .source(name)
            .map(|text| self.files.add(name.to_string(), text.to_string()));
        self.ids.insert(name.to_string(), id);
        id
    }
}

pub fn render(scan: &ScanResult, opts: &ReportOptions) -> String {
    crate::to_string(|w| write(scan, opts, w))
}

/// Writes the report one finding at a time.
pub fn write<W: std::io::Write + ?Sized>(
    scan: &ScanResult,
    opts: &ReportOptions,
    w: &mut W,
) -> std::io::Result<()> {
    let mut src = Sources {
        scan,
        files: SimpleFiles::new(),
        ids: HashMap::new(),
    };
    let mut buf = if opts.color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    let config = term::Config::default();
    let mut emit = |d: &Diagnostic<usize>,
                    files: &SimpleFiles<String, String>,
                    w: &mut W|
     -> std::io::Result<()> {
        buf.clear();
        let _ = term::emit_to_write_style(&mut buf, &config, files, d);
        w.write_all(buf.as_slice())
    };

    for d in &scan.diagnostics {
        let sev = match d.level {
            DiagnosticLevel::Error => CsSeverity::Error,
            DiagnosticLevel::Warning => CsSeverity::Warning,
            DiagnosticLevel::Note => CsSeverity::Note,
        };
        let mut diag = Diagnostic::new(sev)
            .with_code(d.code.clone())
            .with_message(d.message.clone());
        src.prepare([&*d.file]);
        let id = d.span.as_ref().and_then(|_| src.id(&d.file));
        match (d.span.as_ref(), id) {
            (Some(s), Some(id)) => {
                diag = diag.with_labels(vec![Label::primary(id, s.start as usize..s.end as usize)]);
            }
            (Some(s), None) => {
                diag = diag.with_notes(vec![format!(
                    "at {}:{}:{}",
                    d.file, s.start_line, s.start_col
                )]);
            }
            (None, _) => diag = diag.with_notes(vec![format!("in {}", d.file)]),
        }
        emit(&diag, &src.files, w)?;
    }

    for f in scan.findings.iter().filter(|f| {
        f.is_reported_failure()
            || (opts.show_suppressed && f.status == Status::Fail && f.is_suppressed())
            || (opts.show_skipped && f.status == Status::Skip)
    }) {
        let entry = parapet_rules::find(&f.rule_id);
        let title = entry.map(|e| e.meta.title.as_str()).unwrap_or("");
        let sev = if f.status == Status::Skip || f.is_suppressed() {
            CsSeverity::Help
        } else {
            cs_severity(f.severity)
        };
        let header = if f.status == Status::Skip {
            format!("skipped: {title}")
        } else if f.is_suppressed() {
            format!("suppressed: {title}")
        } else {
            format!("[{}] {title}", f.severity.as_str())
        };
        let diag = Diagnostic::new(sev)
            .with_code(f.rule_id.clone())
            .with_message(header);
        let mut labels = Vec::new();
        src.prepare(
            std::iter::once(&f.origin)
                .chain(&f.call_chain)
                .filter_map(|o| o.file()),
        );
        if let Some(s) = f.origin.span() {
            if let Some(id) = src.id(&s.file) {
                labels.push(
                    Label::primary(id, s.start as usize..s.end as usize)
                        .with_message(f.message.clone()),
                );
            }
        }
        for (i, c) in f.call_chain.iter().enumerate() {
            if let Some(s) = c.span() {
                if let Some(id) = src.id(&s.file) {
                    labels.push(
                        Label::secondary(id, s.start as usize..s.end as usize)
                            .with_message(format!("called from here (module level {})", i + 1)),
                    );
                }
            }
        }
        let mut notes = vec![format!("resource: {}", f.resource)];
        if labels.is_empty() {
            notes.push(f.message.clone());
        }
        if let Some(s) = f.suppression.as_ref().filter(|s| !s.expired) {
            notes.push(format!(
                "suppressed{}{}{}",
                s.reason
                    .as_ref()
                    .map(|r| format!(": {r}"))
                    .unwrap_or_default(),
                s.expires
                    .as_ref()
                    .map(|e| format!(" (until {e})"))
                    .unwrap_or_default(),
                s.owner
                    .as_ref()
                    .map(|o| format!(" [owner: {o}]"))
                    .unwrap_or_default(),
            ));
        }
        if let Some(c) = &f.condition {
            notes.push(format!("when condition `{c}` holds"));
        }
        if let Some(e) = entry {
            if f.status == Status::Fail {
                notes.push(format!("fix: {}", e.meta.remediation.summary));
                notes.push(format!("see: parapet explain {}", e.meta.id));
            }
        }
        emit(&diag.with_labels(labels).with_notes(notes), &src.files, w)?;
    }
    if opts.no_summary {
        return Ok(());
    }

    let mut out = String::new();
    let sum = crate::summary(scan);
    let total: usize = sum.iter().map(|(_, n)| n).sum();
    let parts: Vec<String> = sum
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {}", s.as_str()))
        .collect();
    let errors = scan.input_errors();
    let mut extra = Vec::new();
    let suppressed = scan.findings.counts().suppressed;
    if suppressed > 0 {
        extra.push(format!("{suppressed} suppressed"));
    }
    if scan.baselined() > 0 {
        extra.push(format!("{} in the baseline", scan.baselined()));
    }
    if !scan.baseline_resolved.is_empty() {
        extra.push(format!(
            "{} baseline entries no longer occur",
            scan.baseline_resolved.len()
        ));
    }
    if scan.outside_diff() > 0 {
        extra.push(format!("{} outside the diff", scan.outside_diff()));
    }
    let extra = if extra.is_empty() {
        String::new()
    } else {
        format!("; {}", extra.join(", "))
    };
    out.push_str(&format!(
        "{} finding{}{} in {} file{} ({} resource{}, {} rule{}; {} passed, {} skipped{}){}\n",
        total,
        if total == 1 { "" } else { "s" },
        if parts.is_empty() {
            String::new()
        } else {
            format!(": {}", parts.join(", "))
        },
        scan.files_scanned,
        if scan.files_scanned == 1 { "" } else { "s" },
        scan.resources,
        if scan.resources == 1 { "" } else { "s" },
        scan.rules.len(),
        if scan.rules.len() == 1 { "" } else { "s" },
        scan.passed,
        crate::count(scan, Status::Skip),
        extra,
        if errors > 0 {
            format!(
                "; {errors} input error{}",
                if errors == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        }
    ));
    w.write_all(out.as_bytes())
}
