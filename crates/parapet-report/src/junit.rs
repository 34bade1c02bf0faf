//! JUnit XML for CI test reports: one testsuite per file, one testcase per rule × resource,
//! a failure per finding, skipped for unresolved values.

use parapet_engine::ScanResult;
use parapet_rules::{Finding, Status};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write;

pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            // Characters XML 1.0 cannot carry.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => o.push('\u{FFFD}'),
            c => o.push(c),
        }
    }
    o
}

/// (file, rule id, resource address).
type CaseKey = (String, String, String);

/// The outcomes of a case.
type Outcomes<'a> = Vec<Cow<'a, Finding>>;

pub fn render(scan: &ScanResult) -> String {
    // (file, rule, resource) → outcomes.
    let mut cases: BTreeMap<CaseKey, Outcomes> = BTreeMap::new();
    for f in &scan.findings {
        if f.status == Status::Fail && !f.is_reported_failure() && !f.is_suppressed() {
            continue; // baselined or outside the diff: not part of this report
        }
        let file = f.resource_origin.file().unwrap_or(f.file()).to_string();
        cases
            .entry((file, f.rule_id.clone(), f.resource.clone()))
            .or_default()
            .push(f);
    }
    let mut suites: BTreeMap<&str, Vec<(&CaseKey, &Outcomes)>> = BTreeMap::new();
    for (k, v) in &cases {
        suites.entry(k.0.as_str()).or_default().push((k, v));
    }
    let total_tests = cases.len();
    let total_failures = cases
        .values()
        .filter(|v| v.iter().any(|f| f.is_reported_failure()))
        .count();
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<testsuites name=\"parapet\" tests=\"{total_tests}\" failures=\"{total_failures}\">"
    );
    for (file, list) in suites {
        let failures = list
            .iter()
            .filter(|(_, v)| v.iter().any(|f| f.is_reported_failure()))
            .count();
        let skipped = list
            .iter()
            .filter(|(_, v)| {
                !v.iter().any(|f| f.is_reported_failure())
                    && v.iter()
                        .all(|f| f.status == Status::Skip || f.is_suppressed())
            })
            .count();
        let _ = writeln!(
            s,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" skipped=\"{skipped}\" errors=\"0\">",
            escape(file),
            list.len()
        );
        for ((_, rule, resource), outcomes) in list {
            let title = parapet_rules::find(rule)
                .map(|e| e.meta.title.clone())
                .unwrap_or_default();
            let _ = write!(
                s,
                "    <testcase classname=\"{}\" name=\"{} {}: {}\"",
                escape(file),
                escape(rule),
                escape(resource),
                escape(&title)
            );
            let fails: Vec<&Cow<'_, Finding>> = outcomes
                .iter()
                .filter(|f| f.is_reported_failure())
                .collect();
            if !fails.is_empty() {
                let _ = writeln!(s, ">");
                for f in fails {
                    let _ = writeln!(
                        s,
                        "      <failure type=\"{}\" message=\"{}\">{}:{}: {}</failure>",
                        f.severity.as_str(),
                        escape(&f.message),
                        escape(f.file()),
                        f.line(),
                        escape(&f.message)
                    );
                }
                let _ = writeln!(s, "    </testcase>");
            } else if outcomes
                .iter()
                .all(|f| f.status == Status::Skip || f.is_suppressed())
            {
                let why = outcomes
                    .iter()
                    .map(|f| {
                        if f.is_suppressed() {
                            format!(
                                "suppressed: {}",
                                f.suppression
                                    .as_ref()
                                    .and_then(|x| x.reason.clone())
                                    .unwrap_or_default()
                            )
                        } else {
                            f.message.clone()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                let _ = writeln!(
                    s,
                    ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                    escape(&why)
                );
            } else {
                let _ = writeln!(s, "/>");
            }
        }
        let _ = writeln!(s, "  </testsuite>");
    }
    s.push_str("</testsuites>\n");
    s
}
