//! Suppressions and exceptions: accepted risks with rule ids, reasons and expiry dates.
//!
//! Inline, in every format that has comments:
//! `# parapet:ignore RULE-ID[,RULE-ID...] [expires=YYYY-MM-DD] [reason="..."]` (also `//` and
//! `/* */` in HCL), on the line above or at the end of the line of a Terraform block or
//! attribute, or above a YAML resource or document; `parapet:ignore-file` covers the whole file.
//! CloudFormation also takes `Metadata: {parapet: {ignore: [{id, reason, expires}]}}` on a
//! resource (the only way in JSON templates); Kubernetes the annotation `parapet.dev/ignore`
//! with the text that follows `parapet:ignore`. Exceptions in `parapet.toml` cover code that
//! cannot be edited. Security teams can forbid inline suppressions, or name rules that may
//! never be suppressed.

use crate::config::Config;
use globset::{Glob, GlobMatcher};
use parapet_model::{Diagnostic, FileRef, LineIndex, Model, Origin, Span};
use parapet_rules::{Finding, Status, Suppression, SuppressionKind};
use std::collections::BTreeMap;
use std::sync::Arc;

pub use parapet_model::Date;

/// The parsed text of a directive: rule ids, expiry, reason.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectiveText {
    pub rule_ids: Vec<String>,
    pub expires: Option<String>,
    pub reason: Option<String>,
}

/// Parses what follows `parapet:ignore`.
pub fn parse_directive(text: &str) -> Result<DirectiveText, String> {
    let text = text.trim().trim_end_matches("*/").trim();
    let mut rule_ids = Vec::new();
    let mut expires = None;
    let mut reason = None;
    let mut rest = text;
    while !rest.is_empty() {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("reason=") {
            if let Some(q) = r.strip_prefix('"') {
                let end = q.find('"').ok_or("reason has no closing quote")?;
                reason = Some(q[..end].to_string());
                rest = &q[end + 1..];
            } else {
                let end = r.find(char::is_whitespace).unwrap_or(r.len());
                reason = Some(r[..end].to_string());
                rest = &r[end..];
            }
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..end];
        rest = &rest[end..];
        if let Some(d) = token.strip_prefix("expires=") {
            expires = Some(d.to_string());
        } else if rule_ids.is_empty() || token.starts_with(',') || rule_ids_open(text, token) {
            for id in token.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                rule_ids.push(id.to_string());
            }
        } else {
            return Err(format!(
                "unexpected `{token}` (expected expires=YYYY-MM-DD or reason=\"...\")"
            ));
        }
    }
    if rule_ids.is_empty() {
        return Err("a suppression must name the rule id(s) it suppresses".into());
    }
    Ok(DirectiveText {
        rule_ids,
        expires,
        reason,
    })
}

/// Rule-id lists may be written `A, B` with spaces after the commas.
fn rule_ids_open(text: &str, token: &str) -> bool {
    text.find(token)
        .map(|i| text[..i].trim_end().ends_with(','))
        .unwrap_or(false)
}

/// One inline directive found in a file.
#[derive(Clone, Debug)]
pub struct Inline {
    pub file: FileRef,
    pub text: Result<DirectiveText, String>,
    /// The line the directive applies to.
    pub target_line: u32,
    pub file_scope: bool,
    pub origin: Origin,
}

/// Finds the inline directives of a file.
pub fn find_inline(file: &FileRef, text: &Arc<str>) -> Vec<Inline> {
    if !text.contains("parapet:ignore") {
        return Vec::new();
    }
    let idx = LineIndex::new(text.clone());
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let is_comment_only = |l: &str| {
        let t = l.trim_start();
        t.starts_with('#') || t.starts_with("//") || t.starts_with("/*")
    };
    for (i, line) in lines.iter().enumerate() {
        let Some(pos) = line.find("parapet:ignore") else {
            continue;
        };
        let before = line[..pos].trim_end();
        let opener = ["#", "//", "/*"].iter().find(|o| before.ends_with(*o));
        let Some(opener) = opener else {
            continue;
        };
        let code_before = before[..before.len() - opener.len()].trim();
        let after = &line[pos + "parapet:ignore".len()..];
        let (file_scope, body) = match after.strip_prefix("-file") {
            Some(b) => (true, b),
            None => (false, after),
        };
        if !body.is_empty() && !body.starts_with(char::is_whitespace) {
            continue;
        }
        let target_line = if !code_before.is_empty() {
            i as u32 + 1
        } else {
            // The next line with code (directives can be stacked above it).
            let mut j = i + 1;
            while j < lines.len() && (lines[j].trim().is_empty() || is_comment_only(lines[j])) {
                j += 1;
            }
            j as u32 + 1
        };
        let start = idx.line_start(i as u32 + 1) + pos;
        let end = idx.line_start(i as u32 + 1) + line.len();
        out.push(Inline {
            file: file.clone(),
            text: parse_directive(body),
            target_line,
            file_scope,
            origin: Origin::Source(idx.span(file, start, end)),
        });
    }
    out
}

/// What a suppression is attached to.
#[derive(Clone, Debug)]
enum Scope {
    File(FileRef),
    Line(FileRef, u32),
    Resource(usize),
}

#[derive(Clone, Debug)]
struct Candidate {
    scope: Scope,
    rule_ids: Vec<String>,
    suppression: Suppression,
    used: bool,
}

/// A configured exception, compiled.
struct CompiledException {
    rules: Vec<String>,
    paths: Vec<GlobMatcher>,
    resources: Vec<GlobMatcher>,
    suppression: Suppression,
    index: usize,
}

fn id_matches(list: &[String], id: &str) -> bool {
    list.iter().any(|r| r == "*" || r.eq_ignore_ascii_case(id))
}

/// A suppression written next to the code, and whether it matched a finding. A file read by
/// several scan groups (a module called from two roots) yields one per group; a suppression is
/// unused only when it is unused in all of them (see [`unused_inline`]).
#[derive(Clone, Debug)]
pub struct InlineUse {
    pub origin: Origin,
    pub rule_ids: Vec<String>,
    pub used: bool,
}

/// Applies the suppressions written in the sources and resources of one scan group (comments,
/// annotations, template metadata) to its findings; returns warnings about them (unknown rule
/// ids, bad dates, vetoed ones) and which were used.
pub fn apply_inline(
    findings: &mut [Finding],
    model: &Model,
    sources: &BTreeMap<FileRef, Arc<str>>,
    config: &Config,
    allow_inline: bool,
    today: Date,
) -> (Vec<Diagnostic>, Vec<InlineUse>) {
    let mut diags = Vec::new();
    let mut cands: Vec<Candidate> = Vec::new();
    let check_date = |expires: &Option<String>,
                      origin: &Origin,
                      diags: &mut Vec<Diagnostic>|
     -> Option<bool> {
        match expires {
            None => Some(false),
            Some(d) => match Date::parse(d) {
                Some(date) => Some(date < today),
                None => {
                    diags.push(warn(origin, format!("suppression has a malformed expiry date `{d}` (expected YYYY-MM-DD); it is not applied")));
                    None
                }
            },
        }
    };
    let mut add = |scope: Scope, t: &DirectiveText, origin: Origin, diags: &mut Vec<Diagnostic>| {
        for id in &t.rule_ids {
            if parapet_rules::find(id).is_none() {
                diags.push(warn(
                    &origin,
                    format!("suppression names unknown rule id `{id}`"),
                ));
            }
        }
        let Some(expired) = check_date(&t.expires, &origin, diags) else {
            return;
        };
        cands.push(Candidate {
            scope,
            rule_ids: t.rule_ids.clone(),
            suppression: Suppression {
                kind: SuppressionKind::InSource,
                reason: t.reason.clone(),
                expires: t.expires.clone(),
                owner: None,
                origin,
                expired,
            },
            used: false,
        });
    };

    if allow_inline {
        // Comments.
        for (file, text) in sources {
            for d in find_inline(file, text) {
                match &d.text {
                    Err(e) => diags.push(warn(&d.origin, format!("invalid suppression: {e}"))),
                    Ok(t) => {
                        let scope = if d.file_scope {
                            Scope::File(d.file.clone())
                        } else {
                            Scope::Line(d.file.clone(), d.target_line)
                        };
                        add(scope, t, d.origin.clone(), &mut diags);
                    }
                }
            }
        }
        // Annotations and template metadata.
        for (i, r) in model.resources.iter().enumerate() {
            if let Some(text) = r.metadata.get("annotation:parapet.dev/ignore") {
                match parse_directive(text) {
                    Ok(t) => add(Scope::Resource(i), &t, r.origin.clone(), &mut diags),
                    Err(e) => diags.push(warn(
                        &r.origin,
                        format!("invalid parapet.dev/ignore annotation: {e}"),
                    )),
                }
            }
            if let Some(meta) = r.metadata.get("cfn:Metadata") {
                for t in cfn_metadata(meta, &r.origin, &mut diags) {
                    add(Scope::Resource(i), &t, r.origin.clone(), &mut diags);
                }
            }
        }
    }

    let never = &config.suppressions.unsuppressible;
    for f in findings.iter_mut().filter(|f| f.status == Status::Fail) {
        let mut chosen: Option<Suppression> = None;
        for c in cands.iter_mut() {
            if !id_matches(&c.rule_ids, &f.rule_id) || !scope_matches(&c.scope, f, model) {
                continue;
            }
            c.used = true;
            // A live suppression wins over an expired one.
            if chosen
                .as_ref()
                .is_none_or(|s| s.expired && !c.suppression.expired)
            {
                chosen = Some(c.suppression.clone());
            }
        }
        if let Some(s) = chosen {
            if id_matches(never, &f.rule_id) {
                diags.push(warn(
                    &s.origin,
                    format!("rule {} may not be suppressed (suppressions.unsuppressible); the finding is reported", f.rule_id),
                ));
                continue;
            }
            f.suppression = Some(Box::new(s));
        }
    }
    let uses = cands
        .into_iter()
        .map(|c| InlineUse {
            origin: c.suppression.origin,
            rule_ids: c.rule_ids,
            used: c.used,
        })
        .collect();
    (diags, uses)
}

/// Warnings for inline suppressions that matched no finding of a rule that ran, over all scan
/// groups.
pub fn unused_inline(uses: Vec<InlineUse>, rules_run: &[String]) -> Vec<Diagnostic> {
    /// Where a suppression is written (file, line and column) and what it names.
    type Key = (String, Option<(u32, u32)>, Vec<String>);
    let mut by_key: BTreeMap<Key, (Origin, bool)> = BTreeMap::new();
    for u in uses {
        let key = (
            u.origin.file().unwrap_or("").to_string(),
            u.origin.span().map(|s| (s.start_line, s.start_col)),
            u.rule_ids.clone(),
        );
        let e = by_key.entry(key).or_insert((u.origin, false));
        e.1 |= u.used;
    }
    let mut diags = Vec::new();
    for ((_, _, rule_ids), (origin, used)) in by_key {
        let relevant = rule_ids
            .iter()
            .any(|id| rules_run.iter().any(|r| r.eq_ignore_ascii_case(id)));
        if !used && relevant {
            diags.push(warn(
                &origin,
                format!(
                    "suppression of {} matches no finding; remove it if the risk is gone",
                    rule_ids.join(", ")
                ),
            ));
        }
    }
    diags
}

/// The exceptions of the configuration file, compiled once and applied to each finding of the
/// scan in turn (after the inline suppressions): notes expired suppressions in the message and
/// collects warnings about exceptions (malformed, vetoed, unused).
pub struct Exceptions<'a> {
    config: &'a Config,
    compiled: Vec<CompiledException>,
    used: Vec<bool>,
    vetoed: std::collections::HashSet<String>,
    diags: Vec<Diagnostic>,
}

impl<'a> Exceptions<'a> {
    pub fn new(config: &'a Config, today: Date) -> Exceptions<'a> {
        let mut diags = Vec::new();
        let mut compiled = Vec::new();
        for (index, e) in config.exceptions.iter().enumerate() {
            let label = format!("exception #{} in the configuration", index + 1);
            let compile = |globs: &[String], diags: &mut Vec<Diagnostic>| -> Vec<GlobMatcher> {
                globs
                    .iter()
                    .filter_map(|g| match Glob::new(g) {
                        Ok(g) => Some(g.compile_matcher()),
                        Err(err) => {
                            diags.push(Diagnostic::warning(
                                "suppression",
                                "parapet.toml".into(),
                                None,
                                format!("{label}: invalid glob `{g}`: {err}"),
                            ));
                            None
                        }
                    })
                    .collect()
            };
            let expired = match &e.expires {
                None => false,
                Some(d) => match Date::parse(d) {
                    Some(date) => date < today,
                    None => {
                        diags.push(Diagnostic::warning(
                            "suppression",
                            "parapet.toml".into(),
                            None,
                            format!("{label}: malformed expiry date `{d}`; not applied"),
                        ));
                        continue;
                    }
                },
            };
            for id in &e.rules {
                if id != "*" && parapet_rules::find(id).is_none() {
                    diags.push(Diagnostic::warning(
                        "suppression",
                        "parapet.toml".into(),
                        None,
                        format!("{label} names unknown rule id `{id}`"),
                    ));
                }
            }
            compiled.push(CompiledException {
                rules: e.rules.clone(),
                paths: compile(&e.paths, &mut diags),
                resources: compile(&e.resources, &mut diags),
                suppression: Suppression {
                    kind: SuppressionKind::External,
                    reason: Some(e.reason.clone()),
                    expires: e.expires.clone(),
                    owner: e.owner.clone(),
                    origin: Origin::Synthetic,
                    expired,
                },
                index,
            });
        }
        Exceptions {
            config,
            compiled,
            used: vec![false; config.exceptions.len()],
            vetoed: Default::default(),
            diags,
        }
    }

    /// Applies the exceptions to one finding (failing findings only).
    pub fn apply(&mut self, f: &mut Finding) {
        if f.status != Status::Fail {
            return;
        }
        let inline = f.suppression.take();
        let mut chosen: Option<Box<Suppression>> = None;
        for e in &self.compiled {
            if !id_matches(&e.rules, &f.rule_id) {
                continue;
            }
            let files = [f.file(), f.resource_origin.file().unwrap_or("")];
            let path_ok =
                e.paths.is_empty() || e.paths.iter().any(|g| files.iter().any(|p| g.is_match(p)));
            let res_ok =
                e.resources.is_empty() || e.resources.iter().any(|g| g.is_match(&f.resource));
            if path_ok && res_ok {
                self.used[e.index] = true;
                if chosen
                    .as_ref()
                    .is_none_or(|s| s.expired && !e.suppression.expired)
                {
                    chosen = Some(Box::new(e.suppression.clone()));
                }
            }
        }
        if let Some(s) = &chosen {
            if id_matches(&self.config.suppressions.unsuppressible, &f.rule_id) {
                let d = warn(
                    &s.origin,
                    format!("rule {} may not be suppressed (suppressions.unsuppressible); the finding is reported", f.rule_id),
                );
                // Once per rule, however many findings it vetoes.
                if self.vetoed.insert(f.rule_id.clone()) {
                    self.diags.push(d);
                }
                chosen = None;
            }
        }
        // An inline suppression comes first; a live exception wins over an expired one.
        let s = match (inline, chosen) {
            (Some(i), Some(e)) if i.expired && !e.expired => Some(e),
            (Some(i), _) => Some(i),
            (None, e) => e,
        };
        if let Some(s) = s {
            if s.expired {
                f.message = format!(
                    "{} (its suppression expired on {})",
                    f.message,
                    s.expires.as_deref().unwrap_or("?")
                );
            }
            f.suppression = Some(s);
        }
    }

    /// The warnings: malformed and vetoed exceptions, and those (for rules that ran) that
    /// matched no finding.
    pub fn finish(mut self, rules_run: &[String]) -> Vec<Diagnostic> {
        for (i, used) in self.used.iter().enumerate() {
            let e = &self.config.exceptions[i];
            let relevant = e
                .rules
                .iter()
                .any(|id| id == "*" || rules_run.iter().any(|r| r.eq_ignore_ascii_case(id)));
            if !used && relevant {
                self.diags.push(Diagnostic::warning(
                    "suppression",
                    "parapet.toml".into(),
                    None,
                    format!(
                        "exception #{} ({}) matches no finding",
                        i + 1,
                        e.rules.join(", ")
                    ),
                ));
            }
        }
        self.diags.dedup();
        self.diags
    }
}

fn warn(origin: &Origin, message: String) -> Diagnostic {
    let (file, span): (FileRef, Option<Span>) = match origin {
        Origin::Source(s) => (s.file.clone(), Some(s.clone())),
        _ => ("parapet.toml".into(), None),
    };
    Diagnostic::warning("suppression", file, span, message)
}

fn scope_matches(scope: &Scope, f: &Finding, model: &Model) -> bool {
    let on = |o: &Origin, file: &str, line: u32| {
        o.span()
            .is_some_and(|s| &*s.file == file && s.start_line == line)
    };
    match scope {
        Scope::File(file) => f.file() == &**file || f.resource_origin.file() == Some(file),
        Scope::Resource(i) => *i == f.resource_index,
        Scope::Line(file, line) => {
            if on(&f.origin, file, *line) || on(&f.resource_origin, file, *line) {
                return true;
            }
            // A module call: everything inside it.
            if f.call_chain.iter().any(|c| on(c, file, *line)) {
                return true;
            }
            // A Kubernetes document: the comment above its first line.
            model
                .resources
                .get(f.resource_index)
                .and_then(|r| r.metadata.get("k8s:document_line"))
                .is_some_and(|l| {
                    l.parse::<u32>().ok() == Some(*line) && f.resource_origin.file() == Some(file)
                })
        }
    }
}

/// Reads `Metadata: {parapet: {ignore: [{id, reason, expires}]}}`.
fn cfn_metadata(json: &str, origin: &Origin, diags: &mut Vec<Diagnostic>) -> Vec<DirectiveText> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    let Some(list) = v.get("parapet").and_then(|p| p.get("ignore")) else {
        return Vec::new();
    };
    let items: Vec<&serde_json::Value> = match list {
        serde_json::Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    let mut out = Vec::new();
    for it in items {
        let id = it.get("id").and_then(|x| x.as_str());
        match id {
            Some(id) => out.push(DirectiveText {
                rule_ids: id
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
                reason: it
                    .get("reason")
                    .and_then(|x| x.as_str())
                    .map(str::to_string),
                expires: it
                    .get("expires")
                    .and_then(|x| x.as_str())
                    .map(str::to_string),
            }),
            None => diags.push(warn(
                origin,
                "Metadata parapet.ignore entry has no `id`".into(),
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_parse_ids_dates_and_reasons() {
        let d = parse_directive(
            r#" AWS-S3-001,AWS-S3-002 expires=2027-01-31 reason="legacy bucket, see TICKET-1""#,
        )
        .unwrap();
        assert_eq!(d.rule_ids, vec!["AWS-S3-001", "AWS-S3-002"]);
        assert_eq!(d.expires.as_deref(), Some("2027-01-31"));
        assert_eq!(d.reason.as_deref(), Some("legacy bucket, see TICKET-1"));
        let d = parse_directive(" AWS-S3-001, AWS-EC2-001 reason=temporary */").unwrap();
        assert_eq!(d.rule_ids, vec!["AWS-S3-001", "AWS-EC2-001"]);
        assert_eq!(d.reason.as_deref(), Some("temporary"));
        assert!(parse_directive("").is_err());
        assert!(parse_directive(" reason=\"x\"").is_err());
        assert!(parse_directive(" A-B-001 reason=\"open").is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(Date::parse("2026-02-29"), None);
        assert_eq!(Date::parse("2028-02-29"), Some(Date(2028, 2, 29)));
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("26-1-1"), None);
        assert_eq!(Date::from_days(0), Date(1970, 1, 1));
        assert_eq!(Date::from_days(20_000), Date(2024, 10, 4));
        assert!(Date(2026, 11, 30) < Date(2026, 12, 1));
    }

    #[test]
    fn inline_directives_find_their_target_lines() {
        let text: Arc<str> = "a = 1\n# parapet:ignore X-Y-001\n\n// parapet:ignore X-Y-002 reason=\"b\"\nresource \"x\" \"y\" {\n  v = 2 # parapet:ignore X-Y-003\n}\n/* parapet:ignore-file X-Y-004 */\ns = \"parapet:ignore X\"\n".into();
        let found = find_inline(&"f.tf".into(), &text);
        let got: Vec<(u32, bool)> = found
            .iter()
            .map(|d| (d.target_line, d.file_scope))
            .collect();
        assert_eq!(got, vec![(5, false), (5, false), (6, false), (9, true)]);
    }
}
