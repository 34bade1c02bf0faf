//! JSON output, schema version 1 (documented in docs/json-output.md). Field order is stable.

use crate::ReportOptions;
use parapet_engine::ScanResult;
use parapet_model::Origin;
use parapet_rules::Status;
use serde_json::{json, Value};

pub const SCHEMA_VERSION: &str = "1";

/// A location as the report writes it (serialized straight from the origin).
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Location<'a> {
    Source {
        file: &'a str,
        start_line: u32,
        start_column: u32,
        end_line: u32,
        end_column: u32,
        start_byte: u32,
        end_byte: u32,
    },
    Cloud {
        cloud_id: &'a str,
        region: &'a Option<String>,
    },
    None,
}

fn location(o: &Origin) -> Location<'_> {
    match o {
        Origin::Source(s) => Location::Source {
            file: &s.file,
            start_line: s.start_line,
            start_column: s.start_col,
            end_line: s.end_line,
            end_column: s.end_col,
            start_byte: s.start,
            end_byte: s.end,
        },
        Origin::Cloud { id, region } => Location::Cloud {
            cloud_id: id,
            region,
        },
        Origin::Synthetic => Location::None,
    }
}

/// One finding of the report, serialized straight from the scan (the keys in this order).
#[derive(serde::Serialize)]
struct JsonFinding<'a> {
    rule_id: &'a str,
    title: &'a str,
    severity: &'a str,
    status: Status,
    message: &'a str,
    resource: &'a str,
    resource_type: &'a str,
    format: &'a str,
    location: Location<'a>,
    call_chain: Vec<Location<'a>>,
    condition: &'a Option<String>,
    remediation: Option<&'a str>,
    controls: Option<&'a std::collections::BTreeMap<String, Vec<String>>>,
    fingerprint: &'a str,
    suppression: Option<Value>,
}

fn finding(f: &parapet_rules::Finding) -> JsonFinding<'_> {
    let meta = parapet_rules::find(&f.rule_id).map(|e| &e.meta);
    JsonFinding {
        rule_id: &f.rule_id,
        title: meta.map(|m| m.title.as_str()).unwrap_or(""),
        severity: f.severity.as_str(),
        status: f.status,
        message: &f.message,
        resource: &f.resource,
        resource_type: &f.resource_type,
        format: f.format.as_str(),
        location: location(&f.origin),
        call_chain: f.call_chain.iter().map(location).collect(),
        condition: &f.condition,
        remediation: meta.map(|m| m.remediation.summary.as_str()),
        controls: meta.map(|m| &m.compliance),
        fingerprint: &f.fingerprint,
        suppression: f.suppression.as_ref().map(|s| {
            json!({
                "kind": s.kind,
                "reason": s.reason,
                "expires": s.expires,
                "owner": s.owner,
                "expired": s.expired,
                "location": location(&s.origin),
            })
        }),
    }
}

const PLACEHOLDER: &str = "\u{0}findings\u{0}";

pub fn render(scan: &ScanResult, opts: &ReportOptions) -> String {
    crate::to_string(|w| write(scan, opts, w))
}

/// Writes the report, the findings a chunk at a time.
pub fn write<W: std::io::Write + ?Sized>(
    scan: &ScanResult,
    opts: &ReportOptions,
    w: &mut W,
) -> std::io::Result<()> {
    let selected = scan.findings.iter().filter(|f| {
        f.is_reported_failure()
            || (f.status == Status::Fail && f.is_suppressed())
            || (opts.show_skipped && f.status != Status::Fail)
    });
    let diagnostics: Vec<Value> = scan
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "level": d.level,
                "code": d.code,
                "file": &*d.file,
                "line": d.span.as_ref().map(|s| s.start_line),
                "column": d.span.as_ref().map(|s| s.start_col),
                "message": d.message,
            })
        })
        .collect();
    let rules: Vec<Value> = scan
        .rules
        .iter()
        .map(|e| json!({"id": e.meta.id, "title": e.meta.title, "severity": e.meta.severity.as_str()}))
        .collect();
    let summary: serde_json::Map<String, Value> = crate::summary(scan)
        .into_iter()
        .map(|(s, n)| (s.as_str().to_string(), json!(n)))
        .collect();
    let doc = json!({
        "schema_version": SCHEMA_VERSION,
        "tool": { "name": "parapet", "version": env!("CARGO_PKG_VERSION") },
        "summary": {
            "failed": scan.findings.counts().failed(),
            "passed": scan.passed,
            "skipped": scan.findings.counts().skipped,
            "by_severity": summary,
            "resources": scan.resources,
            "files": scan.files_scanned,
            "input_errors": scan.input_errors(),
            "suppressed": scan.findings.counts().suppressed,
            "baselined": scan.baselined(),
            "outside_diff": scan.outside_diff(),
        },
        "baseline_resolved": scan.baseline_resolved,
        "findings": PLACEHOLDER,
        "diagnostics": diagnostics,
        "rules": rules,
    });
    crate::write_document(w, &doc, PLACEHOLDER, |w| {
        crate::write_array(w, selected, 1, |f, e| e.value(&finding(f)))
    })
}
