//! Running the engine for the editor and turning its results into LSP diagnostics.

use crate::convert::{self, Encoding};
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Position, Range, Uri,
};
use parapet_engine::config::Config;
use parapet_engine::{scan, Settings};
use parapet_model::span::normalize_path;
use parapet_model::{DiagnosticLevel, LineIndex, Origin};
use parapet_rules::meta::Severity;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub struct FileDiagnostics {
    pub path: PathBuf,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Default)]
pub struct Analysis {
    pub config: Config,
    /// What was last published per file.
    published: HashMap<PathBuf, Vec<Diagnostic>>,
    /// Findings from the last analysis in which the file parsed, kept while it is half-typed.
    last_good: HashMap<PathBuf, Vec<Diagnostic>>,
    /// The files each unit published to, so they can be cleared.
    unit_files: HashMap<PathBuf, BTreeSet<PathBuf>>,
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Critical | Severity::High => DiagnosticSeverity::ERROR,
        Severity::Medium => DiagnosticSeverity::WARNING,
        Severity::Low => DiagnosticSeverity::INFORMATION,
        Severity::Info => DiagnosticSeverity::HINT,
    }
}

impl Analysis {
    pub fn load_config(&mut self, root: Option<&Path>) {
        self.config = root
            .and_then(Config::discover)
            .and_then(|f| match Config::load(&f) {
                Ok(c) => Some(c),
                Err(e) => {
                    eprintln!("parapet lsp: {e}");
                    None
                }
            })
            .unwrap_or_default();
    }

    pub fn forget(&mut self, path: &Path) {
        self.published.remove(path);
        self.last_good.remove(path);
    }

    pub fn diagnostic_at(&self, path: &Path, pos: Position) -> Option<&Diagnostic> {
        self.published.get(path)?.iter().find(|d| {
            (d.range.start.line, d.range.start.character) <= (pos.line, pos.character)
                && (pos.line, pos.character) <= (d.range.end.line, d.range.end.character)
        })
    }

    pub fn diagnostics_in(&self, path: &Path, r: Range) -> Vec<Diagnostic> {
        self.published
            .get(path)
            .map(|v| {
                v.iter()
                    .filter(|d| {
                        d.range.start.line <= r.end.line && r.start.line <= d.range.end.line
                    })
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Analyses a Terraform module directory or a YAML/JSON file.
    pub fn analyze(
        &mut self,
        unit: &Path,
        root: Option<&Path>,
        overlay: &HashMap<PathBuf, Arc<str>>,
        enc: Encoding,
    ) -> Vec<FileDiagnostics> {
        let is_dir = !overlay.contains_key(unit) && unit.is_dir();
        let scan_root = match root {
            Some(r) if unit.starts_with(r) => r.to_path_buf(),
            _ => {
                if is_dir {
                    unit.to_path_buf()
                } else {
                    unit.parent().map(Path::to_path_buf).unwrap_or_default()
                }
            }
        };
        let settings = Settings {
            paths: vec![unit.to_path_buf()],
            root: scan_root.clone(),
            config: self.config.clone(),
            overlay: overlay.clone(),
            keep_sources: true,
            ..Default::default()
        };
        let result = scan(&settings);
        let abs = |file: &str| normalize_path(&scan_root.join(file));
        let in_unit = |p: &Path| {
            if is_dir {
                p.parent() == Some(unit)
            } else {
                p == unit
            }
        };

        let mut per_file: HashMap<PathBuf, Vec<Diagnostic>> = HashMap::new();
        let mut parse_failed: BTreeSet<PathBuf> = BTreeSet::new();
        let index = |file: &str| result.sources.get(file).map(|t| LineIndex::new(t.clone()));
        let mut indexes: HashMap<String, Option<LineIndex>> = HashMap::new();
        let mut range_of = |o: &Origin| -> Option<(PathBuf, Range)> {
            let s = o.span()?;
            let idx = indexes
                .entry(s.file.to_string())
                .or_insert_with(|| index(&s.file))
                .as_ref()?;
            Some((
                abs(&s.file),
                convert::range(idx, s.start as usize, s.end as usize, enc),
            ))
        };

        for f in result.failures() {
            let Some((path, range)) = range_of(&f.origin) else {
                continue;
            };
            if !in_unit(&path) {
                continue;
            }
            let entry = parapet_rules::find(&f.rule_id);
            let title = entry.map(|e| e.meta.title.as_str()).unwrap_or("");
            let related: Vec<DiagnosticRelatedInformation> = f
                .call_chain
                .iter()
                .filter_map(|c| {
                    let (p, r) = range_of(c)?;
                    Some(DiagnosticRelatedInformation {
                        location: Location {
                            uri: crate::path_to_uri(&p),
                            range: r,
                        },
                        message: "module call".into(),
                    })
                })
                .collect();
            let resource_line = range_of(&f.resource_origin)
                .filter(|(p, _)| *p == path)
                .map(|(_, r)| r.start.line);
            per_file.entry(path).or_default().push(Diagnostic {
                range,
                severity: Some(severity(f.severity)),
                code: Some(NumberOrString::String(f.rule_id.clone())),
                code_description: parapet_rules::docs::help_uri(&f.rule_id)
                    .parse::<Uri>()
                    .ok()
                    .map(|href| CodeDescription { href }),
                source: Some("parapet".into()),
                message: format!("{title}: {} ({})", f.message, f.resource),
                related_information: if related.is_empty() {
                    None
                } else {
                    Some(related)
                },
                tags: None,
                data: Some(serde_json::json!({ "resource_line": resource_line })),
            });
        }
        for d in &result.diagnostics {
            let path = abs(&d.file);
            if !in_unit(&path) {
                continue;
            }
            let range = d
                .span
                .as_ref()
                .and_then(|s| range_of(&Origin::Source(s.clone())).map(|(_, r)| r))
                .unwrap_or_default();
            if d.code == "parse-error" || d.code == "encoding" {
                parse_failed.insert(path.clone());
            }
            per_file.entry(path).or_default().push(Diagnostic {
                range,
                severity: Some(match d.level {
                    DiagnosticLevel::Error => DiagnosticSeverity::ERROR,
                    DiagnosticLevel::Warning => DiagnosticSeverity::WARNING,
                    DiagnosticLevel::Note => DiagnosticSeverity::INFORMATION,
                }),
                code: Some(NumberOrString::String(d.code.clone())),
                source: Some("parapet".into()),
                message: d.message.clone(),
                ..Default::default()
            });
        }

        // Every file the unit covers: sources, open buffers, and what was published before.
        let mut files: BTreeSet<PathBuf> = result
            .sources
            .keys()
            .map(|f| abs(f))
            .filter(|p| in_unit(p))
            .collect();
        files.extend(overlay.keys().filter(|p| in_unit(p)).cloned());
        if let Some(prev) = self.unit_files.get(unit) {
            files.extend(prev.iter().cloned());
        }
        let mut out = Vec::new();
        for path in &files {
            let mut diags = per_file.remove(path).unwrap_or_default();
            let is_finding = |d: &Diagnostic| matches!(&d.code, Some(NumberOrString::String(c)) if parapet_rules::find(c).is_some());
            if parse_failed.contains(path) {
                // A half-typed file: keep its last findings next to the syntax error.
                if let Some(prev) = self.last_good.get(path) {
                    diags.extend(prev.iter().filter(|d| is_finding(d)).cloned());
                }
            } else {
                self.last_good.insert(
                    path.clone(),
                    diags.iter().filter(|d| is_finding(d)).cloned().collect(),
                );
            }
            let changed = self.published.get(path) != Some(&diags);
            if changed || overlay.contains_key(path) {
                self.published.insert(path.clone(), diags.clone());
                out.push(FileDiagnostics {
                    path: path.clone(),
                    diagnostics: diags,
                });
            }
        }
        self.unit_files.insert(unit.to_path_buf(), files);
        out
    }
}
