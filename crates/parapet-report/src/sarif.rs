//! SARIF 2.1.0 for GitHub code scanning and other consumers: repository-relative URIs under
//! `%SRCROOT%`, exact regions, stable `partialFingerprints`, rule metadata with help and
//! `security-severity`, and parse failures as tool execution notifications.

use parapet_engine::ScanResult;
use parapet_model::DiagnosticLevel;
use parapet_rules::meta::Severity;
use parapet_rules::Status;
use serde_json::{json, Value};
use serde_sarif::sarif::Sarif;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// A repository-relative URI: forward slashes, no leading `./`, percent-encoded.
pub fn uri(file: &str) -> String {
    let f = file.trim_start_matches("./");
    let mut out = String::new();
    for b in f.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn region(s: &parapet_model::Span) -> Value {
    json!({
        "startLine": s.start_line,
        "startColumn": s.start_col,
        "endLine": s.end_line,
        "endColumn": s.end_col.max(if s.end_line == s.start_line { s.start_col + 1 } else { 1 }),
    })
}

pub fn render(scan: &ScanResult) -> String {
    crate::to_string(|w| write(scan, w))
}

/// Writes the log, the results a chunk at a time.
pub fn write<W: std::io::Write + ?Sized>(scan: &ScanResult, w: &mut W) -> std::io::Result<()> {
    let rules: Vec<Value> = scan
        .rules
        .iter()
        .map(|e| {
            let m = &e.meta;
            let mut tags = vec!["security".to_string(), e.provider.clone(), e.service.clone()];
            for (fw, controls) in &m.compliance {
                for c in controls {
                    tags.push(format!("{fw}/{c}"));
                }
            }
            json!({
                "id": m.id,
                "name": m.name,
                "shortDescription": { "text": m.title },
                "fullDescription": { "text": m.description.trim() },
                "help": { "text": format!("{}\n\n{}", m.rationale.trim(), m.remediation.summary), "markdown": parapet_rules::docs::render(e) },
                "helpUri": parapet_rules::docs::help_uri(&m.id),
                "defaultConfiguration": { "level": level(m.severity) },
                "properties": {
                    "security-severity": m.severity.score(),
                    "precision": "high",
                    "tags": tags,
                }
            })
        })
        .collect();
    let index_of = |id: &str| scan.rules.iter().position(|e| e.meta.id == id);
    let selected = scan
        .findings
        .iter()
        .filter(|f| f.is_reported_failure() || (f.status == Status::Fail && f.is_suppressed()));
    let result = |f: &std::borrow::Cow<'_, parapet_rules::Finding>| {
        let mut locations = Vec::new();
        if let Some(s) = f.origin.span() {
            locations.push(json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&s.file), "uriBaseId": "%SRCROOT%" },
                    "region": region(s),
                },
                "logicalLocations": [{ "fullyQualifiedName": f.resource, "kind": "resource" }],
            }));
        }
        let related: Vec<Value> = f
            .call_chain
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let s = c.span()?;
                Some(json!({
                    "id": i,
                    "message": { "text": "module call" },
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&s.file), "uriBaseId": "%SRCROOT%" },
                        "region": region(s),
                    }
                }))
            })
            .collect();
        let mut r = json!({
            "ruleId": f.rule_id,
            "level": level(f.severity),
            "message": { "text": format!("{} ({})", f.message, f.resource) },
            "locations": locations,
            "partialFingerprints": { "parapet/v1": f.fingerprint },
            "properties": { "resource": f.resource, "resourceType": f.resource_type, "format": f.format.as_str() },
        });
        if let Some(i) = index_of(&f.rule_id) {
            r["ruleIndex"] = json!(i);
        }
        if let Some(s) = f.suppression.as_ref().filter(|s| !s.expired) {
            let mut just = s.reason.clone().unwrap_or_default();
            if let Some(e) = &s.expires {
                just.push_str(&format!(" (until {e})"));
            }
            if let Some(o) = &s.owner {
                just.push_str(&format!(" [owner: {o}]"));
            }
            r["suppressions"] = json!([{
                "kind": match s.kind { parapet_rules::SuppressionKind::InSource => "inSource", parapet_rules::SuppressionKind::External => "external" },
                "status": "accepted",
                "justification": just.trim(),
            }]);
        }
        if !related.is_empty() {
            r["relatedLocations"] = json!(related);
        }
        // Each result is checked against the typed SARIF model.
        match serde_json::from_value::<serde_sarif::sarif::Result>(r.clone()) {
            Ok(typed) => serde_json::to_value(typed).unwrap_or(r),
            Err(_) => r,
        }
    };
    let notifications: Vec<Value> = scan
        .diagnostics
        .iter()
        .map(|d| {
            let mut loc = json!({ "artifactLocation": { "uri": uri(&d.file), "uriBaseId": "%SRCROOT%" } });
            if let Some(s) = &d.span {
                loc["region"] = region(s);
            }
            json!({
                "level": match d.level { DiagnosticLevel::Error => "error", DiagnosticLevel::Warning => "warning", DiagnosticLevel::Note => "note" },
                "message": { "text": d.message },
                "descriptor": { "id": d.code },
                "locations": [{ "physicalLocation": loc }],
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "parapet",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/parapet-dev/parapet",
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": scan.input_errors() == 0,
                "toolExecutionNotifications": notifications,
            }],
            "originalUriBaseIds": { "%SRCROOT%": { "description": { "text": "The scanned repository root" } } },
            "columnKind": "unicodeCodePoints",
            "results": [],
        }]
    });
    // The rest of the document is round-tripped through the typed SARIF model too.
    let mut doc = serde_json::from_value::<Sarif>(doc.clone())
        .ok()
        .and_then(|t| serde_json::to_value(t).ok())
        .unwrap_or(doc);
    doc["runs"][0]["results"] = json!(PLACEHOLDER);
    crate::write_document(w, &doc, PLACEHOLDER, |w| {
        crate::write_array(w, selected, 3, |f, e| e.value(&result(f)))
    })
}

const PLACEHOLDER: &str = "\u{0}results\u{0}";
