//! Markdown for a pull-request comment and the job summary: a table by severity, findings
//! grouped by file with links to the lines, remediation folded away, and a marker that lets
//! the action update one sticky comment in place.

use parapet_engine::ScanResult;
use parapet_rules::meta::Severity;
use std::fmt::Write;

/// The marker of Parapet's sticky comment.
pub const MARKER: &str = "<!-- parapet:report -->";

/// How to link to a line: `{base}/{path}#L{line}`, e.g.
/// `https://github.com/org/repo/blob/<sha>`.
#[derive(Clone, Debug, Default)]
pub struct Links {
    pub base: Option<String>,
}

impl Links {
    /// From the GitHub Actions environment, when present.
    pub fn from_github_env() -> Links {
        let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let base = match (
            get("GITHUB_SERVER_URL"),
            get("GITHUB_REPOSITORY"),
            get("GITHUB_SHA"),
        ) {
            (Some(s), Some(r), Some(sha)) => Some(format!("{s}/{r}/blob/{sha}")),
            _ => None,
        };
        Links { base }
    }
}

fn escape(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars() {
        match c {
            '|' => o.push_str("\\|"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '\n' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

fn icon(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "🟥",
        Severity::High => "🟧",
        Severity::Medium => "🟨",
        Severity::Low => "🟦",
        Severity::Info => "⬜",
    }
}

/// Findings shown in full before the rest is summarized (GitHub comments are limited to
/// 65,536 characters).
pub const MAX_FINDINGS: usize = 100;

pub fn render(scan: &ScanResult, links: &Links) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{MARKER}");
    let total = scan.findings.counts().failed();
    if total == 0 {
        let _ = writeln!(s, "## ✅ Parapet: no findings\n");
    } else {
        let _ = writeln!(
            s,
            "## Parapet: {total} finding{}\n",
            if total == 1 { "" } else { "s" }
        );
    }
    let _ = writeln!(s, "| Severity | Findings |\n|---|---:|");
    for (sev, n) in crate::summary(scan) {
        let _ = writeln!(s, "| {} {} | {n} |", icon(sev), sev.as_str());
    }
    let mut notes = Vec::new();
    let sup = scan.findings.counts().suppressed;
    if sup > 0 {
        notes.push(format!("{sup} suppressed"));
    }
    if scan.baselined() > 0 {
        notes.push(format!("{} in the baseline", scan.baselined()));
    }
    if scan.outside_diff() > 0 {
        notes.push(format!("{} outside this change", scan.outside_diff()));
    }
    if scan.input_errors() > 0 {
        let n = scan.input_errors();
        notes.push(format!("{n} input error{}", if n == 1 { "" } else { "s" }));
    }
    if !notes.is_empty() {
        let _ = writeln!(s, "\nNot counted above: {}.", notes.join(", "));
    }
    // Findings come in report order, a file's together.
    let mut shown = 0;
    let mut current: Option<String> = None;
    for f in scan.failures() {
        if shown >= MAX_FINDINGS {
            break;
        }
        let file = f.file();
        if current.as_deref() != Some(file) {
            let _ = writeln!(s, "\n### `{}`\n", file.replace('`', "'"));
            current = Some(file.to_string());
        }
        shown += 1;
        let line = f.line();
        let place = match &links.base {
            Some(b) => format!("[line {line}]({b}/{}#L{line})", file),
            None => format!("line {line}"),
        };
        let meta = parapet_rules::find(&f.rule_id).map(|e| &e.meta);
        let _ = writeln!(
            s,
            "- {} **{}** {} — {place}, `{}`",
            icon(f.severity),
            f.rule_id,
            escape(meta.map(|m| m.title.as_str()).unwrap_or("")),
            f.resource.replace('`', "'")
        );
        if let Some(m) = meta {
            let _ = writeln!(
                s,
                "  <details><summary>{}</summary>\n\n  {}\n\n  Fix: {} ([docs]({}))\n  </details>",
                escape(&f.message),
                escape(m.rationale.trim()),
                escape(&m.remediation.summary),
                parapet_rules::docs::help_uri(&m.id)
            );
        }
    }
    if total > shown {
        let _ = writeln!(
            s,
            "\n…and {} more; see the SARIF results in the Security tab or the job log.",
            total - shown
        );
    }
    s
}
