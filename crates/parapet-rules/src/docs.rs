//! One Markdown page per rule, generated from its metadata and its tested fixtures. The same
//! text serves `docs/rules/`, `parapet explain`, LSP hover and SARIF help.

use crate::meta::RuleEntry;
use std::fmt::Write;

/// Where the generated pages are published (SARIF `helpUri`, LSP `codeDescription`).
pub const DOCS_BASE: &str = "https://github.com/parapet-dev/parapet/blob/main/docs/rules";

pub fn page_name(id: &str) -> String {
    format!("{id}.md")
}

pub fn help_uri(id: &str) -> String {
    format!("{DOCS_BASE}/{}", page_name(id))
}

fn lang(format: &str) -> &'static str {
    match format {
        "terraform" => "hcl",
        "live" => "json",
        _ => "yaml",
    }
}

fn format_title(format: &str) -> &'static str {
    match format {
        "terraform" => "Terraform",
        "cloudformation" => "CloudFormation",
        "kubernetes" => "Kubernetes",
        "live" => "Live account",
        _ => "Other",
    }
}

/// Strips the fixture-only `expect:` markers from an example.
fn clean_example(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let l = match line.find("# expect:") {
            Some(i) => line[..i].trim_end(),
            None => line,
        };
        out.push_str(l);
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// The full Markdown page of a rule.
pub fn render(e: &RuleEntry) -> String {
    let m = &e.meta;
    let mut s = String::new();
    let _ = writeln!(s, "# {}: {}\n", m.id, m.title);
    let _ = writeln!(s, "| | |\n|---|---|");
    let _ = writeln!(s, "| Name | `{}` |", m.name);
    let _ = writeln!(s, "| Severity | {} |", m.severity.as_str());
    let _ = writeln!(s, "| Applies to | `{}` |", m.target);
    let _ = writeln!(
        s,
        "| Formats | {} |",
        m.formats
            .iter()
            .map(|f| format_title(f))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let fix = match m.fix {
        crate::meta::FixSafety::None => "none",
        crate::meta::FixSafety::Safe => "safe",
        crate::meta::FixSafety::Unsafe => "unsafe (review before applying)",
        crate::meta::FixSafety::DisplayOnly => "shown, not applied",
    };
    let _ = writeln!(s, "| Fix | {fix} |\n");
    let _ = writeln!(s, "## What it finds\n\n{}\n", m.description.trim());
    let _ = writeln!(s, "## Why it matters\n\n{}\n", m.rationale.trim());
    let _ = writeln!(s, "## How to fix it\n\n{}\n", m.remediation.summary.trim());
    for (fmt, snippet) in &m.remediation.snippets {
        let _ = writeln!(
            s,
            "{}:\n\n```{}\n{}\n```\n",
            format_title(fmt),
            lang(fmt),
            snippet.trim_end()
        );
    }
    if !m.not_applicable.is_empty() {
        let _ = writeln!(s, "## Not applicable\n");
        for (fmt, why) in &m.not_applicable {
            let _ = writeln!(s, "- {}: {}", format_title(fmt), why.trim());
        }
        s.push('\n');
    }
    let _ = writeln!(s, "## Examples\n");
    for fmt in &m.formats {
        for kind in ["bad", "good"] {
            for fx in e
                .fixtures()
                .iter()
                .filter(|f| &f.format == fmt && f.kind == kind)
            {
                let label = if kind == "bad" {
                    "Flagged"
                } else {
                    "Not flagged"
                };
                let _ = writeln!(
                    s,
                    "{label} ({}):\n\n```{}\n{}\n```\n",
                    format_title(fmt),
                    lang(fmt),
                    clean_example(&fx.text)
                );
            }
        }
    }
    if !m.compliance.is_empty() {
        let _ = writeln!(s, "## Compliance\n\n| Framework | Controls |\n|---|---|");
        for (fw, controls) in &m.compliance {
            let name = crate::frameworks()
                .iter()
                .find(|f| &f.id == fw)
                .map(|f| f.name.clone())
                .unwrap_or_else(|| fw.clone());
            let _ = writeln!(s, "| {name} | {} |", controls.join(", "));
        }
        s.push('\n');
    }
    if !m.references.is_empty() {
        let _ = writeln!(s, "## References\n");
        for r in &m.references {
            let _ = writeln!(s, "- <{r}>");
        }
        s.push('\n');
    }
    s.trim_end().to_string() + "\n"
}

/// The index page: rules by provider/service and severity.
pub fn render_index(entries: &[RuleEntry]) -> String {
    let mut s =
        String::from("# Rules\n\nGenerated from `rules/` by `cargo xtask docs`; do not edit.\n\n");
    let mut by_sev = std::collections::BTreeMap::new();
    for e in entries {
        *by_sev
            .entry(std::cmp::Reverse(e.meta.severity))
            .or_insert(0) += 1;
    }
    let _ = writeln!(
        s,
        "{} rules: {}.\n",
        entries.len(),
        by_sev
            .iter()
            .map(|(k, v)| format!("{v} {}", k.0.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut groups: std::collections::BTreeMap<(String, String), Vec<&RuleEntry>> =
        Default::default();
    for e in entries {
        groups
            .entry((e.provider.clone(), e.service.clone()))
            .or_default()
            .push(e);
    }
    for ((p, sv), mut list) in groups {
        list.sort_by(|a, b| {
            b.meta
                .severity
                .cmp(&a.meta.severity)
                .then(a.meta.id.cmp(&b.meta.id))
        });
        let _ = writeln!(
            s,
            "## {p} / {sv}\n\n| Id | Severity | Title | Formats |\n|---|---|---|---|"
        );
        for e in list {
            let _ = writeln!(
                s,
                "| [{}]({}) | {} | {} | {} |",
                e.meta.id,
                page_name(&e.meta.id),
                e.meta.severity.as_str(),
                e.meta.title,
                e.meta.formats.join(", ")
            );
        }
        s.push('\n');
    }
    s.trim_end().to_string() + "\n"
}
