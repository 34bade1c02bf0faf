//! Terraform frontend: parses `.tf` and `.tf.json` files with exact spans, evaluates a module
//! directory the way `terraform plan` would resolve it offline (variables, tfvars, locals,
//! `count`, `for_each`, `dynamic`, functions, `aws_iam_policy_document` data sources, local and
//! initialised remote modules), reads plan and state JSON, and adapts the resources into the
//! shared model.
//!
//! - [`load_root`] / [`evaluate`]: a module directory; `.tf.json` files are rewritten into
//!   native syntax with an offset map back into the JSON ([`tfjson`]).
//! - [`load_plan`] / [`load_state`] ([`plan`]): `terraform show -json` output and
//!   `terraform.tfstate`, turned into the same evaluated resources and passed through the same
//!   adapters ([`adapt`]).
//!
//! Invariants: never touches the network; never panics on input; a value it cannot resolve
//! is unknown (rules Skip), never guessed; this crate knows no rule.

pub mod adapt;
pub mod eval;
pub mod funcs;
pub mod iam;
pub mod json;
pub mod module;
pub mod parse;
pub mod plan;
pub mod tfjson;
pub mod types;
pub mod val;

pub use plan::{is_plan, is_state, load_json_document, load_plan, load_state};

use indexmap::IndexMap;
pub use module::ModuleCache;
use module::{ModuleEval, Shared};
use parapet_model::{Diagnostic, Unit};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use val::Val;

/// Bounds on evaluation.
#[derive(Clone, Debug)]
pub struct Limits {
    pub max_module_depth: usize,
    /// Instances one `count` / `for_each` may create.
    pub max_instances: usize,
    pub max_file_size: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_module_depth: 16,
            max_instances: 10_000,
            max_file_size: 8 * 1024 * 1024,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The scan root: paths are shown relative to it and file reads may not leave it.
    pub root: PathBuf,
    /// `--var NAME=VALUE`, in order.
    pub vars: Vec<(String, String)>,
    /// `--var-file`, in order.
    pub var_files: Vec<PathBuf>,
    /// `TF_VAR_*` environment values (name without the prefix).
    pub env_vars: Vec<(String, String)>,
    pub limits: Limits,
    /// Unsaved editor buffers that replace the file on disk.
    pub overlay: HashMap<PathBuf, Arc<str>>,
    /// Parsed child-module directories shared by the roots of one scan (see [`ModuleCache`]);
    /// `None` parses each root's modules on their own.
    pub module_cache: Option<Arc<ModuleCache>>,
}

/// Evaluates the module in `dir` as a root module.
pub fn load_root(dir: &Path, opts: &Options) -> Unit {
    load_root_with_calls(dir, opts).0
}

/// Evaluates the module in `dir` as a root module; also returns the directories (canonical)
/// it instantiated as child modules, so a caller can avoid evaluating those again as roots.
pub fn load_root_with_calls(dir: &Path, opts: &Options) -> (Unit, Vec<PathBuf>) {
    let ev = evaluate(dir, opts);
    let (resources, edges) = adapt::adapt(ev.resources);
    (
        Unit {
            resources,
            edges,
            diagnostics: ev.diagnostics,
            files: ev.files,
        },
        ev.called,
    )
}

/// A root module evaluated, before adaptation into the typed model.
#[derive(Clone, Debug)]
pub struct Evaluated {
    /// Every resource instance, with its evaluated configuration tree.
    pub resources: Vec<module::RawResource>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file read, with its text.
    pub files: Vec<(parapet_model::FileRef, Arc<str>)>,
    /// Directories (canonical) instantiated as child modules.
    pub called: Vec<PathBuf>,
    /// The root module's outputs.
    pub outputs: Val,
}

/// Evaluates the module in `dir` as a root module without adapting the resources.
pub fn evaluate(dir: &Path, opts: &Options) -> Evaluated {
    let shared = Shared::new(dir, opts);
    let src = shared.source(dir);
    let (values, mut diags) = root_variable_values(dir, opts);
    let vars = module::module_variables(&src, values, dir);
    let root = ModuleEval::new(
        &shared,
        src,
        vars,
        String::new(),
        String::new(),
        Vec::new(),
        vec![dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf())],
    );
    let outputs = root.run();
    drop(root);
    let resources = std::mem::take(&mut *shared.out.borrow_mut());
    diags.extend(shared.diagnostics.borrow().iter().cloned());
    let mut called = shared.called.borrow().clone();
    called.sort();
    called.dedup();
    Evaluated {
        resources,
        diagnostics: diags,
        files: shared.files(),
        called,
        outputs,
    }
}

/// Variable values for a root module, by Terraform's precedence: environment, then
/// `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in name order, then
/// `--var-file` and `--var` in the order given.
fn root_variable_values(dir: &Path, opts: &Options) -> (IndexMap<String, Val>, Vec<Diagnostic>) {
    let mut values = IndexMap::new();
    let mut diags = Vec::new();
    for (k, v) in &opts.env_vars {
        values.insert(k.clone(), parse_cli_value(v));
    }
    let mut files = vec![
        dir.join("terraform.tfvars"),
        dir.join("terraform.tfvars.json"),
    ];
    let mut autos: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    n.ends_with(".auto.tfvars") || n.ends_with(".auto.tfvars.json")
                })
                .collect()
        })
        .unwrap_or_default();
    autos.sort();
    files.extend(autos);
    files.extend(opts.var_files.iter().cloned());
    for f in files {
        if !f.is_file() {
            if opts.var_files.contains(&f) {
                diags.push(Diagnostic::error(
                    "io-error",
                    module::display_path(&opts.root, &f),
                    None,
                    "variable file not found",
                ));
            }
            continue;
        }
        match read_tfvars(&f) {
            Ok(m) => values.extend(m),
            Err(e) => diags.push(Diagnostic::error(
                "parse-error",
                module::display_path(&opts.root, &f),
                None,
                e,
            )),
        }
    }
    for (k, v) in &opts.vars {
        values.insert(k.clone(), parse_cli_value(v));
    }
    (values, diags)
}

/// Reads a `.tfvars` (HCL) or `.tfvars.json` file.
pub fn read_tfvars(path: &Path) -> Result<IndexMap<String, Val>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let mut out = IndexMap::new();
    if path.extension().is_some_and(|x| x == "json") {
        let j: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("invalid JSON: {e}"))?;
        if let serde_json::Value::Object(o) = j {
            for (k, v) in o {
                out.insert(k, Val::from_json(&v));
            }
        }
        return Ok(out);
    }
    let body = parse::parse_body_bounded(&text).map_err(|(_, m)| m)?;
    let r = module::NoRefs;
    let ev = eval::Evaluator { resolver: &r };
    for a in body.attributes() {
        out.insert(
            a.key.value().as_str().to_string(),
            ev.eval(&a.value, &eval::Scope::default()),
        );
    }
    Ok(out)
}

/// `--var` and `TF_VAR_` values: HCL for lists, maps, numbers and bools; otherwise a string.
fn parse_cli_value(s: &str) -> Val {
    let t = s.trim();
    if t.starts_with('[')
        || t.starts_with('{')
        || t == "true"
        || t == "false"
        || t.parse::<f64>().is_ok()
    {
        if let Ok(e) = hcl_edit::parser::parse_expr(t) {
            let r = module::NoRefs;
            let v = eval::Evaluator { resolver: &r }.eval(&e, &eval::Scope::default());
            if !v.contains_unknown() {
                return v;
            }
        }
    }
    Val::Str(s.to_string())
}
