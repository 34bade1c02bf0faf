//! Modules: a directory of `.tf` files evaluated together, with variables, locals, resources
//! expanded by `count`/`for_each`, and child modules instantiated recursively.

use crate::eval::{instance_key, iter_pairs, Evaluator, Resolver, Scope};
use crate::funcs::FuncCtx;
use crate::val::Val;
use crate::Options;
use hcl_edit::expr::{Expression, TraversalOperator};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::Span as _;
use indexmap::IndexMap;
use parapet_model::{Diagnostic, Dyn, FileRef, LineIndex, Node, Origin};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One parsed `.tf` file.
pub struct SourceFile {
    pub path: PathBuf,
    pub display: FileRef,
    pub text: Arc<str>,
    pub idx: LineIndex,
    pub body: Body,
    /// For a `.tf.json` file: the native syntax it was rewritten into (what `body` was parsed
    /// from) and the map of its offsets back into the JSON text.
    pub json: Option<(String, crate::tfjson::OffsetMap)>,
}

impl SourceFile {
    /// An override file (`override.tf`, `*_override.tf`, and their `.tf.json` forms): its
    /// blocks merge into the blocks of the other files instead of declaring new ones.
    pub fn is_override(&self) -> bool {
        let name = self.path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let stem = name
            .strip_suffix(".tf.json")
            .or_else(|| name.strip_suffix(".tf"))
            .unwrap_or(name);
        stem == "override" || stem.ends_with("_override")
    }

    /// The origin of a byte range of the parsed syntax tree.
    pub fn origin(&self, start: usize, end: usize) -> Origin {
        match &self.json {
            Some((_, m)) => {
                let s = m.start(start);
                Origin::Source(self.idx.span(&self.display, s, m.end(end).max(s)))
            }
            None => Origin::Source(self.idx.span(&self.display, start, end)),
        }
    }

    /// The header of a block: from its identifier to its opening brace.
    pub fn block_header(&self, b: &Block) -> Origin {
        let parsed: &str = match &self.json {
            Some((hcl, _)) => hcl,
            None => &self.text,
        };
        let range = b.span().unwrap_or(0..0);
        let text = &parsed[range.start.min(parsed.len())..range.end.min(parsed.len())];
        let end = text
            .find('{')
            .map(|i| range.start + i + 1)
            .unwrap_or(range.end);
        self.origin(range.start, end)
    }
}

/// Whether a file is Terraform configuration: `.tf` (native) or `.tf.json` (JSON syntax).
pub fn is_config_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".tf") || name.ends_with(".tf.json")
}

/// A module directory, parsed.
pub struct ModuleSource {
    pub dir: PathBuf,
    pub files: Vec<SourceFile>,
    pub diagnostics: Vec<Diagnostic>,
    /// Files that could not be parsed, with their text (for snippets of their diagnostics).
    pub unparsed: Vec<(FileRef, Arc<str>)>,
}

impl ModuleSource {
    /// The blocks of a type in the module's primary files (override files excluded).
    fn blocks<'a>(
        &'a self,
        ident: &'a str,
    ) -> impl Iterator<Item = (&'a SourceFile, &'a Block)> + 'a {
        self.files
            .iter()
            .filter(|f| !f.is_override())
            .flat_map(move |f| {
                f.body
                    .iter()
                    .filter_map(Structure::as_block)
                    .filter(move |b| b.ident.value().as_str() == ident)
                    .map(move |b| (f, b))
            })
    }

    /// A block followed by the blocks of override files that merge into it (same type and
    /// labels), in the order Terraform applies them: later ones win.
    fn with_overrides<'a>(
        &'a self,
        f: &'a SourceFile,
        b: &'a Block,
    ) -> Vec<(&'a SourceFile, &'a Block)> {
        let mut out = vec![(f, b)];
        for of in self.files.iter().filter(|f| f.is_override()) {
            for ob in of.body.iter().filter_map(Structure::as_block) {
                if ob.ident.value().as_str() == b.ident.value().as_str()
                    && ob
                        .labels
                        .iter()
                        .map(|l| l.as_str())
                        .eq(b.labels.iter().map(|l| l.as_str()))
                {
                    out.push((of, ob));
                }
            }
        }
        out
    }
}

/// The last attribute of that name among a block and its overrides.
fn last_attr<'a>(
    all: &[(&'a SourceFile, &'a Block)],
    key: &str,
) -> Option<&'a hcl_edit::structure::Attribute> {
    all.iter()
        .rev()
        .find_map(|(_, b)| b.body.get_attribute(key))
}

/// The block whose `count` / `for_each` applies: the last of a block and its overrides that
/// sets either, else the block.
fn repetition<'a>(
    block: (&'a SourceFile, &'a Block),
    all: &[(&'a SourceFile, &'a Block)],
) -> (&'a SourceFile, &'a Block) {
    all.iter()
        .rev()
        .find(|(_, b)| {
            b.body.get_attribute("count").is_some() || b.body.get_attribute("for_each").is_some()
        })
        .copied()
        .unwrap_or(block)
}

/// Merges an override block's evaluated body into the block's: its arguments replace the
/// block's, its nested blocks replace all the block's nested blocks of the same type.
fn merge_override(into: &mut Node, over: Node) {
    if let (Dyn::Map(m), Dyn::Map(o)) = (&mut into.v, over.v) {
        for (k, v) in o {
            m.insert(k, v);
        }
    }
}

/// A resource instance as evaluated, before adaptation into the typed model.
#[derive(Clone, Debug)]
pub struct RawResource {
    /// Full address with module path and instance key.
    pub address: String,
    /// Address without the instance key: `module.a.aws_s3_bucket.b`.
    pub base_address: String,
    /// The module path prefix (`module.a.` or empty).
    pub prefix: String,
    pub rtype: String,
    pub name: String,
    pub node: Node,
    pub origin: Origin,
    pub call_chain: Vec<Origin>,
}

pub use parapet_model::span::normalize_path as normalize;

pub(crate) fn display_path(root: &Path, p: &Path) -> FileRef {
    let p = &normalize(p);
    let root = &normalize(root);
    let rel = p.strip_prefix(root).unwrap_or(p);
    let s = rel.to_string_lossy().replace('\\', "/");
    let s = s.strip_prefix("./").unwrap_or(&s).to_string();
    if s.is_empty() {
        p.to_string_lossy().into()
    } else {
        s.into()
    }
}

/// Parses every `.tf` file of a directory (sorted by name).
pub fn parse_dir(dir: &Path, opts: &Options) -> ModuleSource {
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    let mut unparsed = Vec::new();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| is_config_file(p) && p.is_file())
            .collect(),
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                "io-error",
                display_path(&opts.root, dir),
                None,
                format!("cannot read module directory: {e}"),
            ));
            Vec::new()
        }
    };
    for p in opts.overlay.keys() {
        if p.parent() == Some(dir) && is_config_file(p) && !paths.contains(p) {
            paths.push(p.clone());
        }
    }
    paths.sort();
    for path in paths {
        let display = display_path(&opts.root, &path);
        if let Some(src) = opts.overlay.get(&path) {
            if let Some(f) = parse_file(
                &path,
                display.clone(),
                src.clone(),
                &mut diagnostics,
                &mut unparsed,
            ) {
                files.push(f);
            }
            continue;
        }
        let bytes = match std::fs::metadata(&path) {
            Ok(m) if m.len() > opts.limits.max_file_size => {
                diagnostics.push(Diagnostic::error(
                    "limit",
                    display,
                    None,
                    format!(
                        "file is {} bytes, over the limit of {} bytes; skipped",
                        m.len(),
                        opts.limits.max_file_size
                    ),
                ));
                continue;
            }
            _ => match std::fs::read(&path) {
                Ok(b) => b,
                Err(e) => {
                    diagnostics.push(Diagnostic::error(
                        "io-error",
                        display,
                        None,
                        format!("cannot read file: {e}"),
                    ));
                    continue;
                }
            },
        };
        let text: Arc<str> = match String::from_utf8(bytes) {
            Ok(s) => s.into(),
            Err(e) => {
                let off = e.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(&e.as_bytes()[..off]).to_string();
                let idx = LineIndex::new(valid.into());
                diagnostics.push(Diagnostic::error(
                    "encoding",
                    display.clone(),
                    Some(idx.span(&display, off, off)),
                    "file is not valid UTF-8",
                ));
                continue;
            }
        };
        if let Some(f) = parse_file(&path, display, text, &mut diagnostics, &mut unparsed) {
            files.push(f);
        }
    }
    ModuleSource {
        dir: dir.to_path_buf(),
        files,
        diagnostics,
        unparsed,
    }
}

fn parse_file(
    path: &Path,
    display: FileRef,
    text: Arc<str>,
    diagnostics: &mut Vec<Diagnostic>,
    unparsed: &mut Vec<(FileRef, Arc<str>)>,
) -> Option<SourceFile> {
    let idx = LineIndex::new(text.clone());
    if text.contains('\0') {
        let off = text.find('\0').unwrap_or(0);
        diagnostics.push(Diagnostic::error(
            "encoding",
            display.clone(),
            Some(idx.span(&display, off, off)),
            "file contains a NUL byte; not a text file",
        ));
        return None;
    }
    if path.to_string_lossy().ends_with(".json") {
        return parse_json_file(path, display, text, idx, diagnostics, unparsed);
    }
    match crate::parse::parse_body_bounded(&text) {
        Ok(body) => Some(SourceFile {
            path: path.to_path_buf(),
            display,
            text,
            idx,
            body,
            json: None,
        }),
        Err((off, msg)) => {
            unparsed.push((display.clone(), text.clone()));
            let off = off.min(text.len());
            diagnostics.push(Diagnostic::error(
                "parse-error",
                display.clone(),
                Some(idx.span(&display, off, off)),
                msg,
            ));
            None
        }
    }
}

/// A `.tf.json` file: parsed with positions, rewritten into native syntax, parsed again.
fn parse_json_file(
    path: &Path,
    display: FileRef,
    text: Arc<str>,
    idx: LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
    unparsed: &mut Vec<(FileRef, Arc<str>)>,
) -> Option<SourceFile> {
    let at = |off: usize| Some(idx.span(&display, off.min(text.len()), off.min(text.len())));
    let root = match crate::json::parse(&text) {
        Ok(r) => r,
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                "parse-error",
                display.clone(),
                at(e.offset),
                format!("invalid JSON: {}", e.message),
            ));
            unparsed.push((display.clone(), text.clone()));
            return None;
        }
    };
    let t = crate::tfjson::transpile(&text, &root);
    for (off, msg) in t.errors {
        diagnostics.push(Diagnostic::error(
            "parse-error",
            display.clone(),
            at(off),
            msg,
        ));
    }
    match crate::parse::parse_body_bounded(&t.hcl) {
        Ok(body) => Some(SourceFile {
            path: path.to_path_buf(),
            display,
            text: text.clone(),
            idx,
            body,
            json: Some((t.hcl, t.map)),
        }),
        Err((off, msg)) => {
            let off = t.map.start(off);
            diagnostics.push(Diagnostic::error(
                "parse-error",
                display.clone(),
                at(off),
                msg,
            ));
            unparsed.push((display.clone(), text.clone()));
            None
        }
    }
}

/// State shared by all module instances of one root evaluation.
/// Parsed module directories shared by the roots of one scan: a module that many roots call is
/// parsed once. Bounded: when the directories it holds reach [`ModuleCache::MAX_BYTES`] of
/// source text it starts over.
#[derive(Default)]
pub struct ModuleCache {
    map: std::sync::Mutex<(HashMap<PathBuf, Arc<ModuleSource>>, usize)>,
}

impl std::fmt::Debug for ModuleCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.map.lock().map(|m| m.0.len()).unwrap_or(0);
        write!(f, "ModuleCache({n} directories)")
    }
}

impl ModuleCache {
    pub const MAX_BYTES: usize = 512 << 10;

    fn get_or_parse(&self, key: &Path, parse: impl FnOnce() -> ModuleSource) -> Arc<ModuleSource> {
        if let Some(s) = self.map.lock().ok().and_then(|m| m.0.get(key).cloned()) {
            return s;
        }
        // Parsed outside the lock; two roots may parse the same directory at once, and the
        // first result is kept.
        let src = Arc::new(parse());
        let size: usize = src.files.iter().map(|f| f.text.len()).sum();
        if let Ok(mut guard) = self.map.lock() {
            let (map, bytes) = &mut *guard;
            if let Some(s) = map.get(key) {
                return s.clone();
            }
            if *bytes + size > Self::MAX_BYTES {
                map.clear();
                *bytes = 0;
            }
            if size <= Self::MAX_BYTES {
                *bytes += size;
                map.insert(key.to_path_buf(), src.clone());
            }
        }
        src
    }
}

pub(crate) struct Shared<'o> {
    pub opts: &'o Options,
    pub root_dir: PathBuf,
    /// `root_dir` canonical (the key of the root in the caches).
    root_key: PathBuf,
    cache: RefCell<HashMap<PathBuf, Arc<ModuleSource>>>,
    pub out: RefCell<Vec<RawResource>>,
    pub diagnostics: RefCell<Vec<Diagnostic>>,
    /// Diagnostics already emitted (module-not-found is reported once).
    seen: RefCell<HashSet<String>>,
    /// Directories instantiated as child modules (canonical).
    pub called: RefCell<Vec<PathBuf>>,
    remote: Option<HashMap<String, PathBuf>>,
}

impl<'o> Shared<'o> {
    pub fn new(root_dir: &Path, opts: &'o Options) -> Self {
        Shared {
            opts,
            root_dir: root_dir.to_path_buf(),
            root_key: root_dir
                .canonicalize()
                .unwrap_or_else(|_| root_dir.to_path_buf()),
            cache: RefCell::new(HashMap::new()),
            out: RefCell::new(Vec::new()),
            diagnostics: RefCell::new(Vec::new()),
            seen: RefCell::new(HashSet::new()),
            called: RefCell::new(Vec::new()),
            remote: read_modules_json(root_dir),
        }
    }

    pub fn source(&self, dir: &Path) -> Arc<ModuleSource> {
        let key = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        if let Some(s) = self.cache.borrow().get(&key) {
            return s.clone();
        }
        let src = match &self.opts.module_cache {
            // A child module's directory, parsed once for all the roots of a scan that call it.
            Some(c) if key != self.root_key => c.get_or_parse(&key, || parse_dir(dir, self.opts)),
            _ => Arc::new(parse_dir(dir, self.opts)),
        };
        // Parse diagnostics are reported once per directory.
        self.diagnostics
            .borrow_mut()
            .extend(src.diagnostics.iter().cloned());
        self.cache.borrow_mut().insert(key, src.clone());
        src
    }

    pub fn files(&self) -> Vec<(FileRef, Arc<str>)> {
        let mut v: Vec<(FileRef, Arc<str>)> = self
            .cache
            .borrow()
            .values()
            .flat_map(|m| {
                m.files
                    .iter()
                    .map(|f| (f.display.clone(), f.text.clone()))
                    .chain(m.unparsed.iter().cloned())
            })
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v.dedup_by(|a, b| a.0 == b.0);
        v
    }

    /// Whether the evaluation has made as many resource instances as one root may have
    /// (ten times the per-block limit); reported once, at the block that hit it.
    fn over_budget(&self, f: &SourceFile, header: &Origin) -> bool {
        let max = self.opts.limits.max_instances.saturating_mul(10);
        if self.out.borrow().len() < max {
            return false;
        }
        self.diag_once(
            "total-instances".into(),
            Diagnostic::error(
                "limit",
                f.display.clone(),
                header.span().cloned(),
                format!("the configuration expands to more than {max} resource instances; the rest are not evaluated"),
            ),
        );
        true
    }

    fn diag_once(&self, key: String, d: Diagnostic) {
        if self.seen.borrow_mut().insert(key) {
            self.diagnostics.borrow_mut().push(d);
        }
    }
}

/// `.terraform/modules/modules.json`, written by `terraform init`: module key → directory.
fn read_modules_json(root: &Path) -> Option<HashMap<String, PathBuf>> {
    let text = std::fs::read_to_string(root.join(".terraform/modules/modules.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let mut out = HashMap::new();
    for m in json.get("Modules")?.as_array()? {
        let key = m.get("Key")?.as_str()?;
        let dir = m.get("Dir")?.as_str()?;
        out.insert(key.to_string(), root.join(dir));
    }
    Some(out)
}

enum Lazy {
    InProgress,
    Done(Val),
}

/// One instance of a module being evaluated.
pub(crate) struct ModuleEval<'s, 'o> {
    pub shared: &'s Shared<'o>,
    pub src: Arc<ModuleSource>,
    pub vars: IndexMap<String, Val>,
    pub prefix: String,
    /// Module keys as modules.json names them (`a.b`).
    pub key_path: String,
    pub call_chain: Vec<Origin>,
    pub stack: Vec<PathBuf>,
    locals: RefCell<HashMap<String, Lazy>>,
    modules: RefCell<HashMap<String, Lazy>>,
    /// Data sources evaluated offline (`aws_iam_policy_document`), by `type.name`.
    data: RefCell<HashMap<String, Lazy>>,
    resources: HashSet<(String, String)>,
    local_defs: HashMap<String, (usize, Expression)>,
}

impl<'s, 'o> ModuleEval<'s, 'o> {
    pub fn new(
        shared: &'s Shared<'o>,
        src: Arc<ModuleSource>,
        vars: IndexMap<String, Val>,
        prefix: String,
        key_path: String,
        call_chain: Vec<Origin>,
        stack: Vec<PathBuf>,
    ) -> Self {
        let mut resources = HashSet::new();
        for (_, b) in src.blocks("resource") {
            if b.labels.len() == 2 {
                resources.insert((
                    b.labels[0].as_str().to_string(),
                    b.labels[1].as_str().to_string(),
                ));
            }
        }
        let mut local_defs = HashMap::new();
        // Override files last: their locals replace the others'.
        let mut order: Vec<(usize, &SourceFile)> = src.files.iter().enumerate().collect();
        order.sort_by_key(|(_, f)| f.is_override());
        for (fi, f) in order {
            for b in f
                .body
                .iter()
                .filter_map(Structure::as_block)
                .filter(|b| b.ident.value().as_str() == "locals")
            {
                for a in b.body.attributes() {
                    local_defs.insert(a.key.value().as_str().to_string(), (fi, a.value.clone()));
                }
            }
        }
        ModuleEval {
            shared,
            src,
            vars,
            prefix,
            key_path,
            call_chain,
            stack,
            locals: RefCell::new(HashMap::new()),
            modules: RefCell::new(HashMap::new()),
            data: RefCell::new(HashMap::new()),
            resources,
            local_defs,
        }
    }

    fn ev(&self) -> Evaluator<'_, Self> {
        Evaluator { resolver: self }
    }

    fn local(&self, name: &str) -> Val {
        match self.locals.borrow().get(name) {
            Some(Lazy::Done(v)) => return v.clone(),
            Some(Lazy::InProgress) => {
                return Val::unknown(format!("error: local.{name} refers to itself"))
            }
            None => {}
        }
        let Some((_, expr)) = self.local_defs.get(name).cloned() else {
            return Val::unknown(format!("error: local.{name} is not declared"));
        };
        self.locals
            .borrow_mut()
            .insert(name.to_string(), Lazy::InProgress);
        let v = self.ev().eval(&expr, &Scope::default());
        self.locals
            .borrow_mut()
            .insert(name.to_string(), Lazy::Done(v.clone()));
        v
    }

    /// Evaluates every resource of this module instance and every module call; returns the
    /// module's outputs.
    pub fn run(&self) -> Val {
        for (f, b) in self.src.blocks("resource") {
            self.resource(f, b);
        }
        let calls: Vec<String> = self
            .src
            .blocks("module")
            .filter_map(|(_, b)| b.labels.first().map(|l| l.as_str().to_string()))
            .collect();
        for c in calls {
            self.module_call(&c);
        }
        let mut outputs = IndexMap::new();
        for (f, b) in self.src.blocks("output") {
            let all = self.src.with_overrides(f, b);
            if let (Some(l), Some(a)) = (b.labels.first(), last_attr(&all, "value")) {
                outputs.insert(
                    l.as_str().to_string(),
                    self.ev().eval(&a.value, &Scope::default()),
                );
            }
        }
        Val::Map(outputs)
    }

    /// Instances of a block with `count` / `for_each`: (key suffix, scope).
    fn instances(&self, f: &SourceFile, b: &Block, what: &str) -> Vec<(String, Scope)> {
        let limit = self.shared.opts.limits.max_instances;
        let base = Scope::default();
        if let Some(c) = b.body.get_attribute("count") {
            let v = self.ev().eval(&c.value, &base);
            return match v.as_num() {
                Some(n) if n < 0.0 => Vec::new(),
                Some(n) if n as usize > limit => {
                    self.shared.diagnostics.borrow_mut().push(Diagnostic::error(
                        "limit",
                        f.display.clone(),
                        c.span().and_then(|r| f.origin(r.start, r.end).span().cloned()),
                        format!(
                            "{what}: count = {} exceeds the limit of {limit} instances; not expanded",
                            n as u64
                        ),
                    ));
                    Vec::new()
                }
                Some(n) => (0..n as usize)
                    .map(|i| {
                        let mut m = IndexMap::new();
                        m.insert("index".to_string(), Val::Num(i as f64));
                        (format!("[{i}]"), base.with("count", Val::Map(m)))
                    })
                    .collect(),
                None => {
                    let mut m = IndexMap::new();
                    m.insert(
                        "index".to_string(),
                        Val::unknown("count is not known before apply"),
                    );
                    vec![(String::new(), base.with("count", Val::Map(m)))]
                }
            };
        }
        if let Some(fe) = b.body.get_attribute("for_each") {
            let v = self.ev().eval(&fe.value, &base);
            let pairs: Vec<(Val, Val)> = match &v {
                Val::Map(_) => iter_pairs(&v).unwrap_or_default(),
                Val::List(l) if l.iter().all(|x| matches!(x, Val::Str(_))) => {
                    // A set of strings: sorted, without duplicates.
                    let mut keys: Vec<&Val> = l.iter().collect();
                    keys.sort_by_key(|k| k.as_string());
                    keys.dedup();
                    keys.into_iter().map(|x| (x.clone(), x.clone())).collect()
                }
                _ => {
                    let mut m = IndexMap::new();
                    m.insert("key".to_string(), Val::unknown("for_each is not known"));
                    m.insert("value".to_string(), v.clone());
                    if !v.is_unknown() {
                        m.insert(
                            "value".to_string(),
                            Val::unknown("for_each is not a map or set of strings"),
                        );
                    }
                    return vec![(String::new(), base.with("each", Val::Map(m)))];
                }
            };
            if pairs.len() > limit {
                self.shared.diagnostics.borrow_mut().push(Diagnostic::error(
                    "limit",
                    f.display.clone(),
                    fe.span()
                        .and_then(|r| f.origin(r.start, r.end).span().cloned()),
                    format!(
                        "{what}: for_each over {} elements exceeds the limit of {limit}",
                        pairs.len()
                    ),
                ));
                return Vec::new();
            }
            return pairs
                .into_iter()
                .map(|(k, v)| {
                    let mut m = IndexMap::new();
                    m.insert("key".to_string(), k.clone());
                    m.insert("value".to_string(), v);
                    (instance_key(&k), base.with("each", Val::Map(m)))
                })
                .collect();
        }
        vec![(String::new(), base)]
    }

    fn resource(&self, f: &SourceFile, b: &Block) {
        if b.labels.len() != 2 {
            return;
        }
        let rtype = b.labels[0].as_str().to_string();
        let name = b.labels[1].as_str().to_string();
        let base_address = format!("{}{}.{}", self.prefix, rtype, name);
        let header = f.block_header(b);
        let all = self.src.with_overrides(f, b);
        let (rf, rb) = repetition((f, b), &all);
        for (key, scope) in self.instances(rf, rb, &base_address) {
            if self.shared.over_budget(f, &header) {
                return;
            }
            let node = self.eval_merged(&all, &scope, &header);
            self.shared.out.borrow_mut().push(RawResource {
                address: format!("{base_address}{key}"),
                base_address: base_address.clone(),
                prefix: self.prefix.clone(),
                rtype: rtype.clone(),
                name: name.clone(),
                node,
                origin: header.clone(),
                call_chain: self.call_chain.clone(),
            });
        }
    }

    /// Evaluates a top-level block merged with its override blocks.
    fn eval_merged(&self, all: &[(&SourceFile, &Block)], scope: &Scope, header: &Origin) -> Node {
        let mut node = Node::new(Dyn::Map(IndexMap::new()), header.clone());
        for (i, (f, b)) in all.iter().enumerate() {
            let h = if i == 0 {
                header.clone()
            } else {
                f.block_header(b)
            };
            let n = self.eval_body(f, &b.body, scope, &h, true, 0);
            if i == 0 {
                node = n;
            } else {
                merge_override(&mut node, n);
            }
        }
        node
    }

    /// Evaluates a block body into a node tree. Nested blocks become lists of maps under their
    /// type name; `dynamic` blocks are expanded.
    /// A warning for each file read refused in a value (a `file()` or `templatefile()` path
    /// outside the scan root): the value is unknown, and the user should know why.
    fn report_refused_reads(&self, v: &Val, origin: &Origin, f: &SourceFile) {
        v.walk_unknowns(&mut |u| {
            if u.reason.contains(crate::funcs::OUTSIDE_ROOT) {
                self.shared
                    .diagnostics
                    .borrow_mut()
                    .push(Diagnostic::warning(
                        "file-read",
                        f.display.clone(),
                        origin.span().cloned(),
                        format!(
                            "{}; the value is unknown and checks that need it are skipped",
                            u.reason.trim_start_matches("error: ")
                        ),
                    ));
            }
        });
    }

    pub fn eval_body(
        &self,
        f: &SourceFile,
        body: &Body,
        scope: &Scope,
        header: &Origin,
        top: bool,
        depth: usize,
    ) -> Node {
        let mut m: IndexMap<String, Node> = IndexMap::new();
        if depth > 32 {
            return Node::unknown("blocks nested too deeply", vec![], header.clone());
        }
        for s in body.iter() {
            match s {
                Structure::Attribute(a) => {
                    let key = a.key.value().as_str();
                    if top && matches!(key, "count" | "for_each" | "provider" | "depends_on") {
                        continue;
                    }
                    let origin = a
                        .span()
                        .map(|r| f.origin(r.start, r.end))
                        .unwrap_or_else(|| header.clone());
                    let v = self.ev().eval(&a.value, scope);
                    self.report_refused_reads(&v, &origin, f);
                    m.insert(key.to_string(), attach(&v, &a.value, &origin, f));
                }
                Structure::Block(blk) => {
                    let ident = blk.ident.value().as_str();
                    if top && matches!(ident, "lifecycle" | "provisioner" | "connection") {
                        continue;
                    }
                    if ident == "dynamic" {
                        let Some(label) = blk.labels.first().map(|l| l.as_str().to_string()) else {
                            continue;
                        };
                        let iter_name = blk
                            .body
                            .get_attribute("iterator")
                            .and_then(|a| match &a.value {
                                Expression::Variable(v) => Some(v.value().as_str().to_string()),
                                _ => None,
                            })
                            .unwrap_or_else(|| label.clone());
                        let Some(content) = blk.body.get_blocks("content").next() else {
                            continue;
                        };
                        let bh = f.block_header(blk);
                        let coll = blk
                            .body
                            .get_attribute("for_each")
                            .map(|a| self.ev().eval(&a.value, scope))
                            .unwrap_or(Val::Null);
                        let entry = m
                            .entry(label.clone())
                            .or_insert_with(|| Node::new(Dyn::List(Vec::new()), bh.clone()));
                        let mut items = Vec::new();
                        match iter_pairs(&coll) {
                            Ok(pairs) => {
                                for (k, v) in pairs
                                    .into_iter()
                                    .take(self.shared.opts.limits.max_instances)
                                {
                                    let mut it = IndexMap::new();
                                    it.insert("key".to_string(), k);
                                    it.insert("value".to_string(), v);
                                    let s2 = scope.with(&iter_name, Val::Map(it));
                                    items.push(self.eval_body(
                                        f,
                                        &content.body,
                                        &s2,
                                        &bh,
                                        false,
                                        depth + 1,
                                    ));
                                }
                            }
                            Err(u) => {
                                let s2 = scope.with(&iter_name, u.clone());
                                // One representative block. Whether any block exists is not
                                // known, so every value in it is unknown too (a rule must skip
                                // it, not fail on a block that may not be created).
                                let block =
                                    self.eval_body(f, &content.body, &s2, &bh, false, depth + 1);
                                let refs = match &u {
                                    Val::Unknown(x) => x.refs.clone(),
                                    _ => Vec::new(),
                                };
                                items.push(unknown_leaves(
                                    block,
                                    &format!("the number of `{label}` blocks is not known (dynamic for_each)"),
                                    &refs,
                                ));
                            }
                        }
                        if let Dyn::List(l) = &mut entry.v {
                            l.extend(items);
                        }
                        continue;
                    }
                    let bh = f.block_header(blk);
                    let child = self.eval_body(f, &blk.body, scope, &bh, false, depth + 1);
                    let entry = m
                        .entry(ident.to_string())
                        .or_insert_with(|| Node::new(Dyn::List(Vec::new()), bh.clone()));
                    if let Dyn::List(l) = &mut entry.v {
                        l.push(child);
                    }
                }
            }
        }
        Node::new(Dyn::Map(m), header.clone())
    }

    /// A data source Parapet evaluates offline (`aws_iam_policy_document`): its attributes, a
    /// list of them under `count`, a map under `for_each`.
    fn data_source(&self, t: &str, n: &str) -> Val {
        let key = format!("{t}.{n}");
        let address = format!("{}data.{t}.{n}", self.prefix);
        match self.data.borrow().get(&key) {
            Some(Lazy::Done(v)) => return v.clone(),
            Some(Lazy::InProgress) => {
                return Val::unknown(format!("error: data.{key} refers to itself"))
            }
            None => {}
        }
        let Some((f, b)) = self.src.blocks("data").find(|(_, b)| {
            b.labels.len() == 2 && b.labels[0].as_str() == t && b.labels[1].as_str() == n
        }) else {
            return Val::unknown(format!("error: data.{key} is not declared"));
        };
        self.data.borrow_mut().insert(key.clone(), Lazy::InProgress);
        let header = f.block_header(b);
        let all = self.src.with_overrides(f, b);
        let (rf, rb) = repetition((f, b), &all);
        let has_count = rb.body.get_attribute("count").is_some();
        let has_each = rb.body.get_attribute("for_each").is_some();
        let mut list = Vec::new();
        let mut map = IndexMap::new();
        let mut single = None;
        for (k, scope) in self.instances(rf, rb, &address) {
            let node = self.eval_merged(&all, &scope, &header);
            let v = crate::iam::policy_document(&Val::from_node(&node), &format!("{address}{k}"));
            if (has_count || has_each) && k.is_empty() {
                // The number of instances is not known.
                single = Some(Val::unknown_ref(
                    format!("the instances of data.{key} are not known"),
                    address.clone(),
                ));
            } else if has_count {
                list.push(v);
            } else if has_each {
                map.insert(each_key(&k), v);
            } else {
                single = Some(v);
            }
        }
        let v = match single {
            Some(v) => v,
            None if has_count => Val::List(list),
            None => Val::Map(map),
        };
        self.data.borrow_mut().insert(key, Lazy::Done(v.clone()));
        v
    }

    fn module_call(&self, name: &str) -> Val {
        match self.modules.borrow().get(name) {
            Some(Lazy::Done(v)) => return v.clone(),
            Some(Lazy::InProgress) => {
                return Val::unknown(format!("error: module.{name} refers to itself"))
            }
            None => {}
        }
        let Some((f, b)) = self
            .src
            .blocks("module")
            .find(|(_, b)| b.labels.first().is_some_and(|l| l.as_str() == name))
        else {
            return Val::unknown(format!("error: module.{name} is not declared"));
        };
        self.modules
            .borrow_mut()
            .insert(name.to_string(), Lazy::InProgress);
        let v = self.instantiate(f, b, name);
        self.modules
            .borrow_mut()
            .insert(name.to_string(), Lazy::Done(v.clone()));
        v
    }

    fn instantiate(&self, f: &SourceFile, b: &Block, name: &str) -> Val {
        let header = f.block_header(b);
        let all = self.src.with_overrides(f, b);
        let source = last_attr(&all, "source").map(|a| self.ev().eval(&a.value, &Scope::default()));
        let Some(Val::Str(source)) = source else {
            return Val::unknown(format!("module.{name} has no literal source"));
        };
        let key_path = if self.key_path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{}", self.key_path, name)
        };
        let dir = if source.starts_with("./") || source.starts_with("../") {
            normalize(&self.src.dir.join(&source))
        } else if let Some(d) = self.shared.remote.as_ref().and_then(|r| r.get(&key_path)) {
            d.clone()
        } else {
            self.shared.diag_once(
                format!("remote:{key_path}"),
                Diagnostic::warning(
                    "module-not-resolved",
                    f.display.clone(),
                    header.span().cloned(),
                    format!(
                        "module `{name}` (source `{source}`) is not resolved offline: run `terraform init` to scan it; its outputs are unknown"
                    ),
                ),
            );
            return Val::unknown(format!("module.{name} is not resolved"));
        };
        if !dir.is_dir() {
            self.shared.diag_once(
                format!("missing:{}", dir.display()),
                Diagnostic::error(
                    "module-not-found",
                    f.display.clone(),
                    header.span().cloned(),
                    format!("module `{name}`: directory `{source}` does not exist"),
                ),
            );
            return Val::unknown(format!("module.{name} is not found"));
        }
        let canon = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        if self.stack.contains(&canon) {
            self.shared.diag_once(
                format!("cycle:{}", canon.display()),
                Diagnostic::error(
                    "module-cycle",
                    f.display.clone(),
                    header.span().cloned(),
                    format!("module `{name}` (source `{source}`) calls itself through a module cycle; not expanded"),
                ),
            );
            return Val::unknown(format!("module.{name} is a cycle"));
        }
        if self.stack.len() >= self.shared.opts.limits.max_module_depth {
            self.shared.diag_once(
                format!("depth:{}", canon.display()),
                Diagnostic::error(
                    "limit",
                    f.display.clone(),
                    header.span().cloned(),
                    format!(
                        "module `{name}` is nested deeper than {} levels; not expanded",
                        self.shared.opts.limits.max_module_depth
                    ),
                ),
            );
            return Val::unknown(format!("module.{name} is too deep"));
        }
        let child_src = self.shared.source(&dir);
        self.shared.called.borrow_mut().push(canon.clone());
        let (rf, rb) = repetition((f, b), &all);
        let instances = self.instances(rf, rb, &format!("{}module.{name}", self.prefix));
        let has_count = rb.body.get_attribute("count").is_some();
        let has_each = rb.body.get_attribute("for_each").is_some();
        let mut list = Vec::new();
        let mut map = IndexMap::new();
        let mut unknown_instances = false;
        for (key, scope) in instances {
            if self.shared.over_budget(f, &header) {
                break;
            }
            let mut inputs = IndexMap::new();
            for a in all.iter().flat_map(|(_, b)| b.body.attributes()) {
                let k = a.key.value().as_str();
                if matches!(
                    k,
                    "source" | "version" | "count" | "for_each" | "providers" | "depends_on"
                ) {
                    continue;
                }
                inputs.insert(k.to_string(), self.ev().eval(&a.value, &scope));
            }
            let vars = module_variables(&child_src, inputs, &self.shared.root_dir);
            let mut chain = self.call_chain.clone();
            chain.push(header.clone());
            let mut stack = self.stack.clone();
            stack.push(canon.clone());
            let child = ModuleEval::new(
                self.shared,
                child_src.clone(),
                vars,
                format!("{}module.{name}{key}.", self.prefix),
                key_path.clone(),
                chain,
                stack,
            );
            let outputs = child.run();
            if (has_count || has_each) && key.is_empty() {
                // One representative instance was evaluated; how many there are is not known.
                unknown_instances = true;
            } else if has_count {
                list.push(outputs);
            } else if has_each {
                map.insert(each_key(&key), outputs);
            } else {
                return outputs;
            }
        }
        if unknown_instances {
            return Val::unknown(format!(
                "the instances of module.{name} are not known before apply"
            ));
        }
        if has_count {
            Val::List(list)
        } else {
            Val::Map(map)
        }
    }
}

/// The `for_each` key of an instance key (`["a"]` → `a`).
fn each_key(k: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(k.trim_start_matches('[').trim_end_matches(']'))
    {
        Ok(serde_json::Value::String(s)) => s,
        _ => k.to_string(),
    }
}

/// Values of a module's variables: the given inputs, else the declared default, else unknown.
pub(crate) fn module_variables(
    src: &ModuleSource,
    mut inputs: IndexMap<String, Val>,
    _root: &Path,
) -> IndexMap<String, Val> {
    let mut vars = IndexMap::new();
    for (f, b) in src.blocks("variable") {
        let Some(name) = b.labels.first().map(|l| l.as_str().to_string()) else {
            continue;
        };
        let all = src.with_overrides(f, b);
        let ty = last_attr(&all, "type")
            .map(|a| crate::types::parse(&a.value))
            .unwrap_or(crate::types::Ty::Any);
        let default = last_attr(&all, "default");
        let v = if let Some(v) = inputs.shift_remove(&name) {
            // A null input replaces the default unless the variable is not nullable.
            if v == Val::Null && !nullable(last_attr(&all, "nullable")) {
                default_of(default).unwrap_or(Val::Null)
            } else {
                v
            }
        } else if let Some(d) = default_of(default) {
            d
        } else {
            Val::unknown(format!("variable `{name}` has no value"))
        };
        vars.insert(name, crate::types::convert(v, &ty));
    }
    vars
}

/// `nullable` (default true).
fn nullable(a: Option<&hcl_edit::structure::Attribute>) -> bool {
    let Some(a) = a else {
        return true;
    };
    let r = NoRefs;
    Evaluator { resolver: &r }
        .eval(&a.value, &Scope::default())
        .as_bool()
        .unwrap_or(true)
}

fn default_of(a: Option<&hcl_edit::structure::Attribute>) -> Option<Val> {
    let a = a?;
    let r = NoRefs;
    Some(Evaluator { resolver: &r }.eval(&a.value, &Scope::default()))
}

/// A resolver for contexts where no names are in scope (variable defaults, tfvars).
pub(crate) struct NoRefs;

impl Resolver for NoRefs {
    fn resolve_root(&self, name: &str, _: &[TraversalOperator], _: &Scope) -> (Val, usize) {
        (
            Val::unknown(format!("error: `{name}` cannot be referenced here")),
            0,
        )
    }
    fn func_ctx(&self) -> FuncCtx<'_> {
        FuncCtx {
            module_dir: Path::new("."),
            root: Path::new("."),
            max_file_size: 0,
        }
    }
    fn templatefile(&self, _: &str, _: Val) -> Result<Val, String> {
        Err("templatefile is not available here".into())
    }
}

impl Resolver for ModuleEval<'_, '_> {
    fn resolve_root(&self, name: &str, ops: &[TraversalOperator], scope: &Scope) -> (Val, usize) {
        let attr = |i: usize| match ops.get(i) {
            Some(TraversalOperator::GetAttr(a)) => Some(a.value().as_str()),
            _ => None,
        };
        match name {
            "var" => match attr(0) {
                Some(v) => (
                    self.vars
                        .get(v)
                        .cloned()
                        .unwrap_or_else(|| Val::unknown(format!("error: var.{v} is not declared"))),
                    1,
                ),
                None => (Val::unknown("error: bad var reference"), 0),
            },
            "local" => match attr(0) {
                Some(l) => (self.local(l), 1),
                None => (Val::unknown("error: bad local reference"), 0),
            },
            "module" => match attr(0) {
                Some(m) => (self.module_call(m), 1),
                None => (Val::unknown("error: bad module reference"), 0),
            },
            "path" => {
                let dir = match attr(0) {
                    // Terraform runs in the root module's directory: an absolute path.
                    Some("cwd") => {
                        let d = std::path::absolute(&self.shared.root_dir)
                            .map(|d| normalize(&d))
                            .unwrap_or_else(|_| self.shared.root_dir.clone());
                        return (Val::Str(d.to_string_lossy().replace('\\', "/")), 1);
                    }
                    Some("root") => self.shared.root_dir.clone(),
                    Some("module") => self.src.dir.clone(),
                    _ => return (Val::unknown("error: unknown `path` attribute"), 1),
                };
                // Relative to the root module, as Terraform shows them (`modules/x`, `.`).
                let rel = dir
                    .strip_prefix(&self.shared.root_dir)
                    .map(|p| {
                        if p.as_os_str().is_empty() {
                            ".".to_string()
                        } else {
                            p.to_string_lossy().replace('\\', "/")
                        }
                    })
                    .unwrap_or_else(|_| dir.to_string_lossy().to_string());
                (Val::Str(rel), 1)
            }
            "terraform" => (Val::Str("default".into()), 1),
            "data" => match (attr(0), attr(1)) {
                (Some(t @ "aws_iam_policy_document"), Some(n)) => (self.data_source(t, n), 2),
                (Some(t), Some(n)) => (
                    Val::unknown_ref(
                        format!("data.{t}.{n} is read at plan time"),
                        format!("{}data.{t}.{n}", self.prefix),
                    ),
                    2,
                ),
                _ => (Val::unknown("error: bad data reference"), 0),
            },
            "count" | "each" | "self" => {
                (Val::unknown(format!("`{name}` is not available here")), 0)
            }
            rtype => match attr(0) {
                Some(n) if self.resources.contains(&(rtype.to_string(), n.to_string())) => {
                    let mut addr = format!("{}{rtype}.{n}", self.prefix);
                    let mut used = 1;
                    if let Some(TraversalOperator::Index(e)) = ops.get(1) {
                        let k = self.ev().eval(e, scope);
                        if matches!(k, Val::Num(_) | Val::Str(_)) {
                            addr.push_str(&instance_key(&k));
                            used = 2;
                        }
                    }
                    let what = match attr(used) {
                        Some(a) => format!("{rtype}.{n}.{a} is known only after apply"),
                        None => format!("{rtype}.{n} is known only after apply"),
                    };
                    (Val::unknown_ref(what, addr), used)
                }
                _ => (
                    Val::unknown(format!("error: reference to undeclared `{rtype}`")),
                    0,
                ),
            },
        }
    }

    fn func_ctx(&self) -> FuncCtx<'_> {
        FuncCtx {
            // Terraform resolves relative paths from the working directory, the root module.
            module_dir: &self.shared.root_dir,
            root: &self.shared.opts.root,
            max_file_size: self.shared.opts.limits.max_file_size,
        }
    }

    fn templatefile(&self, path: &str, vars: Val) -> Result<Val, String> {
        let ctx = self.func_ctx();
        let text = match crate::funcs::call("file", vec![Val::Str(path.to_string())], &ctx)? {
            Val::Str(s) => s,
            other => return Ok(other),
        };
        let tpl = hcl_edit::parser::parse_template(&text)
            .map_err(|e| format!("templatefile {path}: {}", e.message()))?;
        let mut scope = Scope::default();
        match vars {
            Val::Map(m) => {
                for (k, v) in m {
                    scope = scope.with(&k, v);
                }
            }
            Val::Unknown(u) => return Ok(Val::Unknown(u)),
            _ => return Err("templatefile: vars must be an object".into()),
        }
        let expr = Expression::StringTemplate(hcl_edit::template::StringTemplate::from(tpl));
        let v = self.ev().eval(&expr, &scope);
        Ok(match v {
            Val::Str(_) | Val::Unknown(_) => v,
            other => Val::Str(other.as_string().unwrap_or_default()),
        })
    }
}

/// Converts a value to a node, giving the elements of literal arrays and objects their own
/// spans.
fn attach(v: &Val, e: &Expression, origin: &Origin, f: &SourceFile) -> Node {
    let sub = |x: &Expression| {
        x.span()
            .map(|r| f.origin(r.start, r.end))
            .unwrap_or_else(|| origin.clone())
    };
    match (v, e) {
        (Val::List(items), Expression::Array(a)) if a.len() == items.len() => Node::new(
            Dyn::List(
                items
                    .iter()
                    .zip(a.iter())
                    .map(|(iv, ie)| attach(iv, ie, &sub(ie), f))
                    .collect(),
            ),
            origin.clone(),
        ),
        (Val::Map(m), Expression::Object(o)) if o.len() == m.len() => {
            let exprs: Vec<&Expression> = o.iter().map(|(_, ov)| ov.expr()).collect();
            Node::new(
                Dyn::Map(
                    m.iter()
                        .zip(exprs)
                        .map(|((k, iv), ie)| (k.clone(), attach(iv, ie, &sub(ie), f)))
                        .collect(),
                ),
                origin.clone(),
            )
        }
        _ => v.to_node(origin),
    }
}

/// Keeps a node's shape but makes every value in it unknown.
fn unknown_leaves(n: Node, reason: &str, refs: &[String]) -> Node {
    match n.v {
        Dyn::Map(m) => Node::new(
            Dyn::Map(
                m.into_iter()
                    .map(|(k, v)| (k, unknown_leaves(v, reason, refs)))
                    .collect(),
            ),
            n.origin,
        ),
        Dyn::List(l) => Node::new(
            Dyn::List(
                l.into_iter()
                    .map(|v| unknown_leaves(v, reason, refs))
                    .collect(),
            ),
            n.origin,
        ),
        Dyn::Unknown(u) => Node::new(Dyn::Unknown(u), n.origin),
        _ => Node::unknown(reason, refs.to_vec(), n.origin),
    }
}
