//! The scan engine: discovery, parallel parsing and evaluation, rule evaluation, ordering.
//!
//! Invariants: a failure in one file is a diagnostic, never the end of the scan; results are
//! deterministic (sorted) whatever the thread scheduling; nothing here prints.

pub mod baseline;
pub mod config;
pub mod diff;
pub mod discover;
pub mod findings;
pub mod fingerprint;
pub mod suppress;

use config::Config;
use indexmap::IndexMap;
use parapet_model::{Diagnostic, FileRef, LineIndex, Model, Unit};
use parapet_rules::meta::{RuleEntry, Severity};
use parapet_rules::{Finding, Status};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Everything a scan needs, resolved from the configuration file and the command line.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Files and directories to scan.
    pub paths: Vec<PathBuf>,
    /// Paths are reported relative to this directory.
    pub root: PathBuf,
    /// Text read from standard input (`parapet scan -`), shown as `<stdin>`.
    pub stdin: Option<String>,
    pub config: Config,
    /// Extra `--exclude` globs.
    pub exclude: Vec<String>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub frameworks: Vec<String>,
    pub min_severity: Option<Severity>,
    pub tf_vars: Vec<(String, String)>,
    pub tf_var_files: Vec<PathBuf>,
    pub tf_env: Vec<(String, String)>,
    pub cfn_parameters: IndexMap<String, String>,
    /// `--no-inline-suppressions`: ignore comments, annotations and template metadata.
    pub no_inline_suppressions: bool,
    /// The date suppressions expire against (today when not set).
    pub today: Option<suppress::Date>,
    /// Report only findings not in this baseline.
    pub baseline: Option<baseline::Baseline>,
    /// Report only findings on what changed (see `diff::changes_since`).
    pub changes: Option<diff::Changes>,
    /// Keep Pass outcomes in the results (they are only counted otherwise).
    pub keep_passes: bool,
    /// Only report resources of these formats (all when empty).
    pub input_formats: Vec<parapet_model::Format>,
    /// Unsaved editor buffers (absolute paths) that replace or add files.
    pub overlay: std::collections::HashMap<PathBuf, Arc<str>>,
    /// Keep the whole model in the result (`--dump-model`, tests). Otherwise each Terraform
    /// root and CloudFormation template is released once checked, and `model` stays empty.
    pub keep_model: bool,
    /// How many bytes of manifests stay loaded between reading them and checking their groups
    /// (the rest are read again); `None` is the default budget.
    pub manifest_budget: Option<usize>,
    /// Bytes of findings held in memory before they are sorted and written to a temporary
    /// file; `None` is `limits.max_findings_memory` of the configuration. Unbounded with
    /// `keep_model` or `keep_sources`.
    pub findings_budget: Option<usize>,
    /// Keep the text of every file read in the result (the language server). Otherwise
    /// [`ScanResult::source`] reads a file again when a reporter needs a snippet.
    pub keep_sources: bool,
}

/// The outcome of a scan.
#[derive(Debug, Default)]
pub struct ScanResult {
    /// The whole model, with `Settings::keep_model` (empty otherwise).
    pub model: Model,
    /// Every outcome (pass, fail, skip) at or above the severity threshold, in report order.
    pub findings: findings::Findings,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file read, with its text, with `Settings::keep_sources` or `keep_model` (empty
    /// otherwise: see [`ScanResult::source`]).
    pub sources: BTreeMap<FileRef, Arc<str>>,
    /// The rules that ran.
    pub rules: Vec<&'static RuleEntry>,
    pub files_scanned: usize,
    /// Resources in the model.
    pub resources: usize,
    /// Baseline entries that no longer occur.
    pub baseline_resolved: Vec<baseline::Entry>,
    /// Checks that passed (counted whether or not their outcomes are kept).
    pub passed: usize,
    /// Scan root (paths in the results are relative to it).
    pub root: PathBuf,
    /// The file size limit of the scan (for reading sources again).
    pub max_file_size: u64,
}

impl ScanResult {
    /// Failing findings that are reported: not suppressed, not baselined, inside the diff.
    pub fn failures(&self) -> impl Iterator<Item = Cow<'_, Finding>> {
        self.findings.iter().filter(|f| f.is_reported_failure())
    }

    pub fn suppressed(&self) -> impl Iterator<Item = Cow<'_, Finding>> {
        self.findings
            .iter()
            .filter(|f| f.status == Status::Fail && f.is_suppressed())
    }

    pub fn baselined(&self) -> usize {
        self.findings.counts().baselined
    }

    pub fn outside_diff(&self) -> usize {
        self.findings.counts().outside_diff
    }

    pub fn input_errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.level == parapet_model::DiagnosticLevel::Error)
            .count()
    }

    pub fn line_index(&self, file: &str) -> Option<LineIndex> {
        self.source(file).map(LineIndex::new)
    }

    /// The text of a file of the results: kept from the scan, or read again (relative to the
    /// scan root) when the scan did not keep it. `None` when it cannot be read now.
    pub fn source(&self, file: &str) -> Option<Arc<str>> {
        if let Some(t) = self.sources.get(file) {
            return Some(t.clone());
        }
        if file.is_empty() || file.starts_with('<') {
            return None;
        }
        let path = self.root.join(file);
        read_text(&path, &file.into(), self.max_file_size).ok()
    }
}

/// Whether `id` is chosen by a list of ids or id prefixes (case-insensitive).
pub fn matches_selector(id: &str, selectors: &[String]) -> bool {
    selectors.iter().any(|s| {
        let s = s.trim();
        !s.is_empty()
            && id.len() >= s.len()
            && id[..s.len()].eq_ignore_ascii_case(s)
            && (id.len() == s.len() || s.ends_with('-') || id.as_bytes()[s.len()] == b'-')
    })
}

/// The rules a scan runs, after `select`, `ignore` and `frameworks`.
pub fn selected_rules(s: &Settings) -> Vec<&'static RuleEntry> {
    let select: Vec<String> = s
        .select
        .iter()
        .chain(&s.config.scan.select)
        .cloned()
        .collect();
    let ignore: Vec<String> = s
        .ignore
        .iter()
        .chain(&s.config.scan.ignore)
        .cloned()
        .collect();
    let frameworks: Vec<String> = s
        .frameworks
        .iter()
        .chain(&s.config.scan.frameworks)
        .cloned()
        .collect();
    parapet_rules::catalogue()
        .iter()
        .filter(|e| select.is_empty() || matches_selector(&e.meta.id, &select))
        .filter(|e| !matches_selector(&e.meta.id, &ignore))
        .filter(|e| {
            frameworks.is_empty()
                || frameworks
                    .iter()
                    .any(|f| e.meta.compliance.get(f).is_some_and(|c| !c.is_empty()))
        })
        .collect()
}

fn min_severity(s: &Settings) -> Severity {
    s.min_severity
        .or_else(|| {
            s.config
                .scan
                .min_severity
                .as_deref()
                .and_then(Severity::parse)
        })
        .unwrap_or(Severity::Info)
}

/// The resident and peak memory of the process, for `PARAPET_TIMINGS` (Linux only).
fn rss_note() -> String {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return String::new();
    };
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
    };
    match (field("VmRSS:"), field("VmHWM:")) {
        (Some(rss), Some(hwm)) => format!(" (rss {rss}, peak {hwm})"),
        _ => String::new(),
    }
}

/// Runs a whole scan.
pub fn scan(s: &Settings) -> ScanResult {
    let timings = std::env::var_os("PARAPET_TIMINGS").is_some();
    let t0 = std::time::Instant::now();
    let phase = |name: &str| {
        if timings {
            eprintln!("parapet: {name} at {:?}{}", t0.elapsed(), rss_note());
        }
    };
    let d = discover::discover(s);
    phase("discovered");
    let limits = &s.config.limits;
    let tf_opts = parapet_terraform::Options {
        root: s.root.clone(),
        vars: s
            .config
            .terraform
            .vars
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .chain(s.tf_vars.iter().cloned())
            .collect(),
        var_files: s
            .config
            .terraform
            .var_files
            .iter()
            .chain(&s.tf_var_files)
            .cloned()
            .collect(),
        env_vars: s.tf_env.clone(),
        limits: parapet_terraform::Limits {
            max_module_depth: limits.max_module_depth,
            max_instances: limits.max_instances,
            max_file_size: limits.max_file_size,
        },
        overlay: d
            .overlay
            .iter()
            .chain(s.overlay.iter())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        module_cache: Some(Default::default()),
    };
    let mut cfn_params: IndexMap<String, String> = s
        .config
        .cloudformation
        .parameters
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut diagnostics: Vec<Diagnostic> = d.diagnostics.clone();
    for f in &s.config.cloudformation.parameter_files {
        match std::fs::read_to_string(f)
            .map_err(|e| e.to_string())
            .and_then(|t| parapet_cloudformation::read_parameters_file(&t))
        {
            Ok(p) => cfn_params.extend(p),
            Err(e) => diagnostics.push(Diagnostic::error(
                "config",
                f.to_string_lossy().into(),
                None,
                format!("cannot read parameter file: {e}"),
            )),
        }
    }
    cfn_params.extend(s.cfn_parameters.clone());
    let cfn_opts = parapet_cloudformation::Options {
        parameters: cfn_params,
        ..Default::default()
    };
    let yaml_limits = parapet_yaml::Limits {
        max_depth: limits.max_depth,
        max_nodes: limits.max_yaml_nodes,
    };

    let rules = selected_rules(s);
    let rules_run: Vec<String> = rules.iter().map(|e| e.meta.id.clone()).collect();
    let threshold = min_severity(s);
    let mut by_target: std::collections::HashMap<&'static str, Vec<RuleCheck>> = Default::default();
    for e in rules.iter().filter(|e| e.meta.severity >= threshold) {
        if let Some(check) = parapet_rules::registry::check_for(&e.meta.id) {
            by_target
                .entry(e.meta.target.as_str())
                .or_default()
                .push((e, check));
        }
    }
    let group = Group {
        s,
        by_target,
        only: d.only_files.clone(),
        allow_inline: !s.no_inline_suppressions && s.config.suppressions.allow_inline_suppressions,
        today: s.today.unwrap_or_else(suppress::Date::today),
    };
    // Findings go to the collector as each group finishes (to disk past the budget).
    let collector = findings::Collector::new(if s.keep_model || s.keep_sources {
        usize::MAX
    } else {
        s.findings_budget.unwrap_or(limits.max_findings_memory)
    });
    // `root`: the index of a Terraform root checked alone (it may turn out to be a module of
    // another root, and its findings left out); `ALWAYS` for the rest.
    const ALWAYS: u32 = u32::MAX;
    let check = |root: u32, units: Vec<Unit>, link: bool| {
        let mut c = group.check(units, link);
        collector.add(root, std::mem::take(&mut c.findings));
        c
    };
    // Each Terraform root and each CloudFormation template is evaluated, checked and released
    // on its own, in parallel: only the groups in flight are held in memory, with the findings.
    // Kubernetes manifests relate across files (a Service in one selects a Deployment in
    // another): they are grouped by what relates them once all are read, then each group is
    // checked together, its files kept from the first read within a budget or read again.
    // With `keep_model` everything is one group and the model is kept.
    let evaluated: Vec<(PathBuf, Vec<PathBuf>, Loaded)> = d
        .terraform_dirs
        .par_iter()
        .enumerate()
        .map(|(i, dir)| {
            let (u, called) = parapet_terraform::load_root_with_calls(dir, &tf_opts);
            let canon = dir.canonicalize().unwrap_or_else(|_| dir.clone());
            let loaded = if s.keep_model {
                Loaded::Pending(u)
            } else if u
                .resources
                .iter()
                .any(|r| r.source_type.starts_with("kubernetes_"))
            {
                // The Kubernetes rules look for a provider's LimitRange in any root.
                Loaded::Provider(u)
            } else {
                Loaded::Done(check(i as u32, vec![u], false))
            };
            (canon, called, loaded)
        })
        .collect();
    // A directory another scanned root instantiates as a module is reported through its
    // callers (with real inputs), not again as a root of its own with unset variables (unless
    // the two call each other).
    let calls: std::collections::HashSet<(&PathBuf, &PathBuf)> = evaluated
        .iter()
        .flat_map(|(dir, called, _)| called.iter().map(move |c| (dir, c)))
        .collect();
    let called_by: std::collections::HashMap<&PathBuf, Vec<&PathBuf>> =
        calls
            .iter()
            .fold(Default::default(), |mut m, (caller, callee)| {
                m.entry(*callee).or_default().push(*caller);
                m
            });
    let keep: Vec<bool> = evaluated
        .iter()
        .map(|(dir, _, _)| {
            !called_by.get(dir).is_some_and(|callers| {
                callers
                    .iter()
                    .any(|c| *c != dir && !calls.contains(&(dir, *c)))
            })
        })
        .collect();
    let tf: Vec<Loaded> = evaluated
        .into_iter()
        .zip(&keep)
        .filter_map(|((_, _, l), k)| k.then_some(l))
        .collect();
    phase("terraform checked");
    let load = |f: &DocFile| load_document(f, &cfn_opts, yaml_limits, limits.max_file_size);
    let kept_bytes = std::sync::atomic::AtomicUsize::new(0);
    let docs: Vec<Loaded> = d
        .documents
        .par_iter()
        .enumerate()
        .map(|(i, f)| {
            let u = load(f);
            let linked = u
                .resources
                .iter()
                .any(|r| r.format == parapet_model::Format::Kubernetes);
            if s.keep_model {
                Loaded::Pending(u)
            } else if linked {
                let keys = parapet_kubernetes::group_keys(&u.resources);
                // Kept until its group is checked while the kept manifests stay under the
                // budget; beyond it, read again then.
                let size: usize = u.files.iter().map(|(_, t)| t.len()).sum();
                let before = kept_bytes.fetch_add(size, std::sync::atomic::Ordering::Relaxed);
                let keep = before + size <= s.manifest_budget.unwrap_or(KEEP_MANIFEST_BYTES);
                Loaded::Linked(i, keys, keep.then_some(u))
            } else {
                Loaded::Done(check(ALWAYS, vec![u], false))
            }
        })
        .collect();
    phase("documents checked");
    let mut done = Vec::new();
    let mut pending = Vec::new();
    let mut linked = Vec::new();
    let mut provider = Vec::new();
    for l in tf.into_iter().chain(docs) {
        match l {
            Loaded::Done(c) => done.push(c),
            Loaded::Pending(u) => pending.push(u),
            Loaded::Provider(u) => provider.push(u),
            Loaded::Linked(i, keys, unit) => linked.push((i, keys, unit)),
        }
    }
    if !pending.is_empty() {
        done.push(check(ALWAYS, pending, true));
    }
    if !provider.is_empty() {
        done.push(check(ALWAYS, provider, false));
    }
    // Kubernetes manifests: each group of files that relate is checked together (the files
    // beyond the budget read again), so only the budget and the groups in flight are held.
    let keys: Vec<Vec<String>> = linked.iter().map(|(_, k, _)| k.clone()).collect();
    let groups = parapet_kubernetes::partition(&keys);
    let n_linked = linked.len();
    let n_kept = linked.iter().filter(|(_, _, u)| u.is_some()).count();
    let mut slots: Vec<(usize, Option<Unit>)> =
        linked.into_iter().map(|(i, _, u)| (i, u)).collect();
    let work: Vec<Vec<(usize, Option<Unit>)>> = groups
        .iter()
        .map(|g| g.iter().map(|&j| (slots[j].0, slots[j].1.take())).collect())
        .collect();
    drop(slots);
    done.par_extend(work.into_par_iter().map(|g| {
        let units = g
            .into_iter()
            .map(|(i, u)| u.unwrap_or_else(|| load(&d.documents[i])))
            .collect();
        check(ALWAYS, units, true)
    }));
    if timings {
        eprintln!(
            "parapet: {n_linked} manifest files in {} groups, {n_kept} kept from the first read",
            groups.len(),
        );
    }
    phase("linked groups checked");

    let mut model = Model::default();
    let mut sources = BTreeMap::new();
    let mut uses = Vec::new();
    let mut files = std::collections::BTreeSet::new();
    let mut resources = 0;
    let mut passed = 0;
    for c in done {
        diagnostics.extend(c.diagnostics);
        uses.extend(c.uses);
        files.extend(c.files);
        sources.extend(c.sources);
        resources += c.resources;
        passed += c.passed;
        if let Some(m) = c.model {
            model = m;
        }
    }
    // Each file once, however many roots read it.
    let files_scanned = d.documents.len()
        + files
            .iter()
            .filter(|f| f.ends_with(".tf") || f.ends_with(".tf.json"))
            .count();
    if let Some(only) = &d.only_files {
        diagnostics
            .retain(|x| only.contains(&x.file) || x.level == parapet_model::DiagnosticLevel::Error);
    }
    // In a total order on what a finding says, so the result does not depend on the order in
    // which groups finished; the same outcome reached twice once; then exceptions and baseline.
    diagnostics.extend(suppress::unused_inline(uses, &rules_run));
    let pipeline = findings::Pipeline::new(
        suppress::Exceptions::new(&s.config, group.today),
        s.baseline.as_ref().map(baseline::Baseline::marker),
        &rules_run,
    );
    let (findings, baseline_resolved, diags) = collector.finish(
        |g| g == ALWAYS || keep.get(g as usize) == Some(&true),
        pipeline,
    );
    diagnostics.extend(diags);
    if timings {
        eprintln!(
            "parapet: {} findings{}",
            findings.len(),
            if findings.on_disk() {
                ", merged on disk"
            } else {
                ""
            }
        );
    }
    phase("findings merged, suppressions and baseline applied");
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line(), &a.code, &a.message).cmp(&(&b.file, b.line(), &b.code, &b.message))
    });
    diagnostics.dedup();
    ScanResult {
        model,
        findings,
        diagnostics,
        sources,
        rules,
        files_scanned,
        resources,
        baseline_resolved,
        passed,
        root: s.root.clone(),
        max_file_size: limits.max_file_size,
    }
}

/// A unit loaded and either checked already or waiting to be checked with others.
enum Loaded {
    Done(Checked),
    /// To be checked with everything else (`keep_model`).
    Pending(Unit),
    /// Manifests (document index, group keys, and the unit when it is kept), to be checked
    /// with the files they relate to.
    Linked(usize, Vec<String>, Option<Unit>),
    /// A Terraform root with resources of the Kubernetes provider, checked with the other
    /// such roots (rules look for a `kubernetes_limit_range` in any of them).
    Provider(Unit),
}

/// What a scan keeps of a checked group of units.
#[derive(Default)]
struct Checked {
    findings: Vec<Finding>,
    diagnostics: Vec<Diagnostic>,
    uses: Vec<suppress::InlineUse>,
    /// The files read.
    files: Vec<FileRef>,
    /// Their texts, with `keep_sources`.
    sources: Vec<(FileRef, Arc<str>)>,
    resources: usize,
    passed: usize,
    /// With `keep_model`.
    model: Option<Model>,
}

/// What checking a group needs from the scan.
/// A rule and its logic.
type RuleCheck = (&'static RuleEntry, &'static dyn parapet_rules::Check);

struct Group<'a> {
    s: &'a Settings,
    /// The selected rules at or above the severity threshold, by the type they check.
    by_target: std::collections::HashMap<&'static str, Vec<RuleCheck>>,
    only: Option<Vec<FileRef>>,
    allow_inline: bool,
    today: suppress::Date,
}

/// How much manifest text (bytes) a scan keeps loaded between reading the manifests and
/// checking their groups; manifests beyond it are read again when their group is checked.
/// Bounds the memory of that wait to about ten times this (the typed model of a manifest is
/// about ten times its text), whatever the size of the tree.
const KEEP_MANIFEST_BYTES: usize = 2 << 20;

/// Groups with more resources than this run their rules in parallel too.
const PARALLEL_RULES: usize = 256;

impl Group<'_> {
    /// Builds the model of some units, runs the rules on it, and does everything that needs the
    /// model or the sources (fingerprints, inline suppressions, the diff), so that both can be
    /// released afterwards.
    fn check(&self, units: Vec<Unit>, link: bool) -> Checked {
        let s = self.s;
        let mut model = Model::default();
        let mut diagnostics = Vec::new();
        let mut sources = BTreeMap::new();
        for mut u in units {
            model.append_unit(&mut u);
            diagnostics.append(&mut u.diagnostics);
            for (f, t) in u.files {
                sources.insert(f, t);
            }
        }
        if link {
            // Kubernetes objects relate across files.
            let k8s_edges = parapet_kubernetes::link(&model.resources);
            model.edges.extend(k8s_edges);
            model.edges.sort();
            model.edges.dedup();
            model.reindex();
        }
        let mut by_type: std::collections::HashMap<&str, Vec<usize>> = Default::default();
        for (i, r) in model.resources.iter().enumerate() {
            by_type.entry(r.config.type_name()).or_default().push(i);
        }
        let only = self.only.as_ref();
        let wanted = |format: parapet_model::Format, origin: &parapet_model::Origin| {
            (s.input_formats.is_empty() || s.input_formats.contains(&format))
                && only.is_none_or(|only| {
                    let file = origin.file().unwrap_or("");
                    only.iter().any(|o| **o == *file)
                })
        };
        // Each rule that checks a type the group holds, with the resources of that type.
        let work: Vec<(&RuleCheck, &[usize])> = by_type
            .iter()
            .filter_map(|(t, at)| Some((self.by_target.get(t)?, at.as_slice())))
            .flat_map(|(rules, at)| rules.iter().map(move |r| (r, at)))
            .collect();
        // Passes are counted; they are kept only when asked for (they are most outcomes).
        let run = |&((e, check), at): &(&RuleCheck, &[usize])| {
            let mut out = Vec::new();
            let n = parapet_rules::run_rule_filtered(
                e,
                *check,
                &model,
                at,
                self.today,
                s.keep_passes,
                &wanted,
                &mut out,
            );
            (out, n)
        };
        let results: Vec<(Vec<Finding>, usize)> = if model.resources.len() > PARALLEL_RULES {
            work.par_iter().map(run).collect()
        } else {
            work.iter().map(run).collect()
        };
        let mut passed = 0;
        let mut findings = Vec::new();
        for (f, n) in results {
            findings.extend(f);
            passed += n;
        }
        for f in findings.iter_mut().filter(|f| f.status == Status::Fail) {
            f.fingerprint = fingerprint::fingerprint(f, &sources);
        }
        // Rendered Helm output: name the chart template each finding comes from.
        for f in findings.iter_mut() {
            if let Some(t) = model
                .resources
                .get(f.resource_index)
                .and_then(|r| r.metadata.get("helm:source"))
            {
                f.message = format!("{} (rendered from {t})", f.message);
            }
        }
        let (diags, uses) = suppress::apply_inline(
            &mut findings,
            &model,
            &sources,
            &s.config,
            self.allow_inline,
            self.today,
        );
        diagnostics.extend(diags);
        if let Some(c) = &s.changes {
            diff::apply(c, &mut findings, &model, &s.root);
        }
        Checked {
            findings,
            diagnostics,
            uses,
            files: sources.keys().cloned().collect(),
            // Text given directly (standard input) cannot be read again.
            sources: sources
                .into_iter()
                .filter(|(f, _)| s.keep_sources || s.keep_model || f.starts_with('<'))
                .collect(),
            resources: model.resources.len(),
            passed,
            model: s.keep_model.then_some(model),
        }
    }
}

/// A YAML or JSON file to read: CloudFormation or Kubernetes, told apart by content.
#[derive(Clone, Debug)]
pub struct DocFile {
    pub path: PathBuf,
    pub display: FileRef,
    /// Contents given directly (standard input, editor buffers).
    pub text: Option<Arc<str>>,
}

fn looks_like_iac(text: &str) -> bool {
    text.contains("AWSTemplateFormatVersion")
        || text.contains("Resources")
        || (text.contains("apiVersion") && text.contains("kind"))
}

/// Reads and loads one YAML/JSON file into a unit (empty when it is neither format).
pub fn load_document(
    f: &DocFile,
    cfn: &parapet_cloudformation::Options,
    limits: parapet_yaml::Limits,
    max_file_size: u64,
) -> Unit {
    let mut unit = Unit::default();
    let text: Arc<str> = match &f.text {
        Some(t) => t.clone(),
        None => match read_text(&f.path, &f.display, max_file_size) {
            Ok(t) => t,
            Err(d) => {
                // Unreadable files that are not IaC by name are not worth a diagnostic.
                unit.diagnostics.push(*d);
                return unit;
            }
        },
    };
    // Terraform plan and state JSON, told apart by content.
    if let Some(u) =
        parapet_terraform::load_json_document(&f.path, &f.display, &text, max_file_size)
    {
        return u;
    }
    if !looks_like_iac(&text) {
        return unit;
    }
    let idx = LineIndex::new(text.clone());
    let (docs, errors) = parapet_yaml::load(&text, limits);
    if let Some(doc) = docs
        .iter()
        .find(|d| parapet_cloudformation::is_template(&d.root))
    {
        unit = parapet_cloudformation::load_template(&f.display, &text, &idx, &doc.root, cfn);
        for e in &errors {
            unit.diagnostics.push(load_error(f, &idx, e));
        }
    } else if docs
        .iter()
        .any(|d| parapet_kubernetes::is_manifest(&d.root))
    {
        unit = parapet_kubernetes::load_manifests(&f.display, &text, &idx, &docs, &errors);
    } else if !errors.is_empty()
        && (text.contains("AWSTemplateFormatVersion") || text.contains("apiVersion:"))
    {
        for e in &errors {
            unit.diagnostics.push(load_error(f, &idx, e));
        }
    }
    if !unit.files.iter().any(|(n, _)| *n == f.display) {
        unit.files.push((f.display.clone(), text));
    }
    unit
}

fn load_error(f: &DocFile, idx: &LineIndex, e: &parapet_yaml::LoadError) -> Diagnostic {
    Diagnostic::error(
        "parse-error",
        f.display.clone(),
        Some(idx.span(&f.display, e.offset, e.offset)),
        format!("invalid YAML/JSON: {}", e.message),
    )
}

/// Reads a file as UTF-8 text within the size limit, refusing binary content.
pub fn read_text(path: &Path, display: &FileRef, max: u64) -> Result<Arc<str>, Box<Diagnostic>> {
    let meta = std::fs::metadata(path).map_err(|e| {
        Box::new(Diagnostic::error(
            "io-error",
            display.clone(),
            None,
            format!("cannot read file: {e}"),
        ))
    })?;
    if meta.len() > max {
        return Err(Box::new(Diagnostic::error(
            "limit",
            display.clone(),
            None,
            format!(
                "file is {} bytes, over the limit of {max} bytes; skipped",
                meta.len()
            ),
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        Box::new(Diagnostic::error(
            "io-error",
            display.clone(),
            None,
            format!("cannot read file: {e}"),
        ))
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let off = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..off]).to_string();
        let idx = LineIndex::new(valid.into());
        Box::new(Diagnostic::error(
            "encoding",
            display.clone(),
            Some(idx.span(display, off, off)),
            "file is not valid UTF-8",
        ))
    })?;
    if let Some(off) = text.find('\0') {
        let idx = LineIndex::new(text.clone().into());
        return Err(Box::new(Diagnostic::error(
            "encoding",
            display.clone(),
            Some(idx.span(display, off, off)),
            "file contains a NUL byte; not a text file",
        )));
    }
    Ok(text.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_match_ids_and_prefixes() {
        let sel = vec!["aws-s3".to_string()];
        assert!(matches_selector("AWS-S3-001", &sel));
        assert!(!matches_selector("AWS-S30-001", &sel));
        assert!(matches_selector("AWS-S3-001", &["AWS-S3-001".to_string()]));
        assert!(!matches_selector("AWS-S3-001", &[]));
        assert!(matches_selector("AWS-S3-001", &["AWS-".to_string()]));
    }
}

/// What reading and parsing alone costs (the baseline of the benchmarks): every file the scan
/// would read, parsed but not evaluated, in parallel like a scan.
#[derive(Debug, Default, Clone, Copy)]
pub struct ParseStats {
    pub files: usize,
    pub bytes: u64,
    pub errors: usize,
}

pub fn parse_only(s: &Settings) -> ParseStats {
    let d = discover::discover(s);
    let tf_files: Vec<PathBuf> = d
        .terraform_dirs
        .iter()
        .flat_map(|dir| {
            std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "tf"))
                .collect::<Vec<_>>()
        })
        .collect();
    let limits = parapet_yaml::Limits {
        max_depth: s.config.limits.max_depth,
        max_nodes: s.config.limits.max_yaml_nodes,
    };
    let tf: Vec<(u64, bool)> = tf_files
        .par_iter()
        .map(|p| match std::fs::read_to_string(p) {
            Ok(t) => (
                t.len() as u64,
                parapet_terraform::parse::parse_body_bounded(&t).is_ok(),
            ),
            Err(_) => (0, false),
        })
        .collect();
    let docs: Vec<(u64, bool)> = d
        .documents
        .par_iter()
        .map(|f| match std::fs::read_to_string(&f.path) {
            Ok(t) => (t.len() as u64, parapet_yaml::load(&t, limits).1.is_empty()),
            Err(_) => (0, false),
        })
        .collect();
    let all = tf.iter().chain(docs.iter());
    let mut st = ParseStats::default();
    for (b, ok) in all {
        st.files += 1;
        st.bytes += b;
        if !ok {
            st.errors += 1;
        }
    }
    st
}
