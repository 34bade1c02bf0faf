//! Finding the files to scan: `.gitignore` respected, `--exclude` globs applied, symbolic links
//! not followed, file kinds told apart by extension (and, for YAML/JSON, later by content).

use crate::{DocFile, Settings};
use globset::{Glob, GlobSet, GlobSetBuilder};
use parapet_model::span::normalize_path;
use parapet_model::{Diagnostic, FileRef};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Default)]
pub struct Discovered {
    /// Directories holding `.tf` files: each is evaluated as a root module.
    pub terraform_dirs: Vec<PathBuf>,
    /// YAML/JSON candidates.
    pub documents: Vec<DocFile>,
    /// When files were named explicitly, results are limited to them.
    pub only_files: Option<Vec<FileRef>>,
    /// Text that replaces or adds files (standard input as Terraform).
    pub overlay: HashMap<PathBuf, Arc<str>>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn display(root: &Path, p: &Path) -> FileRef {
    let abs_root =
        normalize_path(&std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf()));
    display_under(&abs_root, p)
}

/// [`display`] with the root already made absolute and normalized (a walk names thousands of
/// files under one root).
fn display_under(abs_root: &Path, p: &Path) -> FileRef {
    let abs = normalize_path(&std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()));
    let rel = abs
        .strip_prefix(abs_root)
        .map(Path::to_path_buf)
        .unwrap_or(abs);
    let s = rel.to_string_lossy().replace('\\', "/");
    if s.is_empty() {
        ".".into()
    } else {
        s.into()
    }
}

fn is_doc(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|x| x.to_str()),
        Some("yaml" | "yml" | "json" | "template")
    )
}

fn is_tf(p: &Path) -> bool {
    parapet_terraform::module::is_config_file(p)
}

fn globs(patterns: &[String], diags: &mut Vec<Diagnostic>) -> GlobSet {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        match Glob::new(p) {
            Ok(g) => {
                b.add(g);
            }
            Err(e) => diags.push(Diagnostic::error(
                "config",
                "parapet.toml".into(),
                None,
                format!("invalid exclude pattern `{p}`: {e}"),
            )),
        }
    }
    b.build().unwrap_or_else(|_| GlobSet::empty())
}

/// The chart directory when `file` is a template of a Helm chart (`<chart>/templates/**` with a
/// `<chart>/Chart.yaml`).
fn helm_chart_of(file: &Path) -> Option<PathBuf> {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d.file_name().is_some_and(|n| n == "templates") {
            let chart = d.parent()?;
            if chart.join("Chart.yaml").is_file() {
                return Some(chart.to_path_buf());
            }
        }
        dir = d.parent();
    }
    None
}

pub fn discover(s: &Settings) -> Discovered {
    let mut d = Discovered::default();
    let patterns: Vec<String> = s
        .config
        .scan
        .exclude
        .iter()
        .chain(&s.exclude)
        .cloned()
        .collect();
    let excluded = globs(&patterns, &mut d.diagnostics);
    let abs_root = normalize_path(&std::path::absolute(&s.root).unwrap_or_else(|_| s.root.clone()));
    let is_excluded = |p: &Path| {
        if excluded.is_empty() {
            return false;
        }
        let rel = display_under(&abs_root, p);
        excluded.is_match(&*rel) || excluded.is_match(p)
    };
    let root_abs = std::path::absolute(&s.root).unwrap_or_else(|_| s.root.clone());
    let mut tf_dirs: BTreeSet<PathBuf> = BTreeSet::new();
    let mut docs: BTreeSet<PathBuf> = BTreeSet::new();
    let mut only: Vec<FileRef> = Vec::new();
    let mut explicit_files = false;
    let mut charts: BTreeSet<PathBuf> = BTreeSet::new();

    if let Some(text) = &s.stdin {
        let looks_hcl = !crate::looks_like_iac(text)
            && parapet_terraform::parse::parse_body_bounded(text).is_ok_and(|b| !b.is_empty());
        if looks_hcl {
            let path = root_abs.join("<stdin>.tf");
            d.overlay.insert(path, text.clone().into());
            tf_dirs.insert(root_abs.clone());
            only.push("<stdin>.tf".into());
        } else {
            d.documents.push(DocFile {
                path: PathBuf::from("<stdin>"),
                display: "<stdin>".into(),
                text: Some(text.clone().into()),
            });
            only.push("<stdin>".into());
        }
        explicit_files = true;
    }

    for p in &s.paths {
        let abs_p = normalize_path(&std::path::absolute(p).unwrap_or_else(|_| p.clone()));
        if let Some(text) = s.overlay.get(&abs_p).filter(|_| !p.is_dir()) {
            // An editor buffer, possibly never saved.
            explicit_files = true;
            only.push(display(&s.root, p));
            if is_tf(p) {
                if let Some(dir) = abs_p.parent() {
                    tf_dirs.insert(dir.to_path_buf());
                }
            } else {
                d.documents.push(DocFile {
                    path: abs_p.clone(),
                    display: display(&s.root, p),
                    text: Some(text.clone()),
                });
            }
            continue;
        }
        if !p.exists() {
            d.diagnostics.push(Diagnostic::error(
                "io-error",
                display(&s.root, p),
                None,
                "no such file or directory",
            ));
            continue;
        }
        if p.is_file() {
            explicit_files = true;
            only.push(display(&s.root, p));
            if is_tf(p) {
                let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
                let dir = if dir.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    dir
                };
                tf_dirs.insert(std::path::absolute(&dir).unwrap_or(dir));
            } else {
                docs.insert(std::path::absolute(p).unwrap_or_else(|_| p.clone()));
            }
            continue;
        }
        let walker = ignore::WalkBuilder::new(p)
            .hidden(true)
            .git_ignore(true)
            .git_global(false)
            .git_exclude(true)
            .require_git(false)
            .follow_links(false)
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    d.diagnostics.push(Diagnostic::warning(
                        "io-error",
                        display(&s.root, p),
                        None,
                        format!("while walking: {e}"),
                    ));
                    continue;
                }
            };
            let path = entry.path();
            if !entry.file_type().is_some_and(|t| t.is_file()) || is_excluded(path) {
                continue;
            }
            let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
            if is_tf(path) {
                if let Some(parent) = abs.parent() {
                    tf_dirs.insert(parent.to_path_buf());
                }
            } else if is_doc(path) {
                if let Some(chart) = helm_chart_of(&abs) {
                    if charts.insert(chart.clone()) {
                        d.diagnostics.push(Diagnostic {
                            level: parapet_model::DiagnosticLevel::Note,
                            code: "helm-chart".into(),
                            file: display(&s.root, &chart.join("Chart.yaml")),
                            span: None,
                            message: "Helm chart templates are not rendered and were not scanned; scan the output of `helm template` (e.g. `helm template . | parapet scan -`)".into(),
                        });
                    }
                    continue;
                }
                docs.insert(abs);
            }
        }
    }
    d.terraform_dirs = tf_dirs.into_iter().collect();
    d.documents.extend(docs.into_iter().map(|p| DocFile {
        display: display_under(&abs_root, &p),
        text: s.overlay.get(&normalize_path(&p)).cloned(),
        path: p,
    }));
    if explicit_files && s.paths.iter().all(|p| p.is_file() || !p.is_dir()) {
        d.only_files = Some(only);
    }
    d
}
