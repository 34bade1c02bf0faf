//! GitHub Actions workflow commands: one annotation per finding, on the exact lines, capped to
//! what GitHub shows per step, with a closing notice when capped.

use parapet_engine::ScanResult;
use parapet_rules::meta::Severity;

/// GitHub shows at most this many annotations of each level per step.
pub const MAX_PER_LEVEL: usize = 10;

/// Escapes a command's message.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property value (`file=`, `title=`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "notice",
    }
}

pub fn render(scan: &ScanResult) -> String {
    let mut out = String::new();
    let mut counts = std::collections::HashMap::<&str, usize>::new();
    let mut dropped = 0usize;
    for d in scan
        .diagnostics
        .iter()
        .filter(|d| d.level == parapet_model::DiagnosticLevel::Error)
    {
        let n = counts.entry("error").or_default();
        if *n >= MAX_PER_LEVEL {
            dropped += 1;
            continue;
        }
        *n += 1;
        out.push_str(&format!(
            "::error file={},line={},title={}::{}\n",
            escape_property(&d.file),
            d.line(),
            escape_property(&format!("Parapet: {}", d.code)),
            escape_data(&d.message)
        ));
    }
    for f in scan.failures() {
        let lvl = level(f.severity);
        let n = counts.entry(lvl).or_default();
        if *n >= MAX_PER_LEVEL {
            dropped += 1;
            continue;
        }
        *n += 1;
        let mut props = Vec::new();
        if let Some(s) = f.origin.span() {
            props.push(format!("file={}", escape_property(&s.file)));
            props.push(format!("line={}", s.start_line));
            props.push(format!("endLine={}", s.end_line));
            if s.start_line == s.end_line {
                props.push(format!("col={}", s.start_col));
                props.push(format!("endColumn={}", s.end_col));
            }
        }
        let title = format!(
            "{} [{}] {}",
            f.rule_id,
            f.severity.as_str(),
            crate::title(&f)
        );
        props.push(format!("title={}", escape_property(&title)));
        let remediation = parapet_rules::find(&f.rule_id)
            .map(|e| e.meta.remediation.summary.clone())
            .unwrap_or_default();
        let message = format!("{} ({})\nFix: {remediation}", f.message, f.resource);
        out.push_str(&format!(
            "::{lvl} {}::{}\n",
            props.join(","),
            escape_data(&message)
        ));
    }
    if dropped > 0 {
        out.push_str(&format!(
            "::notice title=Parapet::{}\n",
            escape_data(&format!(
                "{dropped} more findings are not shown as annotations (GitHub shows {MAX_PER_LEVEL} per level and step); see the job summary or the SARIF results"
            ))
        ));
    }
    out
}
