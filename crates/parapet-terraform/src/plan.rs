//! Terraform plan JSON (`terraform show -json plan.out`) and state JSON (`terraform.tfstate`,
//! format version 4) as input.
//!
//! Both are turned into the same evaluated resources ([`RawResource`]) the HCL evaluation
//! produces, and go through the same adapters, so one adapter serves HCL, plan and state.
//!
//! - Plan: resources come from `planned_values` (root and child modules, recursively) with
//!   their resolved values; `after_unknown` makes values unknown (with the references the
//!   configuration recorded for them, so joins and edges still work). When the configuration
//!   directory is beside the plan, it is evaluated and every resource and value is located at
//!   its HCL source (matched by address, then by the address without instance keys); values
//!   the configuration does not write point at the resource block. Without the configuration,
//!   everything points into the plan file.
//! - State: every instance of every managed resource, values as recorded (explicit), every
//!   origin at the instance object.

use crate::module::{is_config_file, RawResource};
use crate::Options;
use parapet_model::{Diagnostic, Dyn, FileRef, LineIndex, Node, Origin, Unit};
use parapet_yaml::{Scalar, YKind, YNode};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// A Terraform plan in JSON: `format_version` with `planned_values` or `resource_changes`.
pub fn is_plan(doc: &YNode) -> bool {
    doc.get("format_version").is_some()
        && (doc.get("planned_values").is_some() || doc.get("resource_changes").is_some())
}

/// A Terraform state: a state file of format version 4 (`terraform.tfstate`), or the JSON
/// `terraform show -json` prints for a state (`format_version` with `values.root_module`).
pub fn is_state(doc: &YNode) -> bool {
    let v4 = matches!(
        doc.get("version").and_then(YNode::scalar),
        Some(Scalar::Number(n)) if n == 4.0
    ) && doc.get("resources").is_some_and(|r| r.as_seq().is_some())
        && doc.get("format_version").is_none();
    v4 || (doc.get("format_version").is_some()
        && !is_plan(doc)
        && doc
            .get("values")
            .and_then(|v| v.get("root_module"))
            .is_some())
}

/// Loads a JSON file that is a Terraform plan or state; `None` when it is neither (then it is
/// left to the other frontends). `path` is the file on disk (its directory is searched for the
/// plan's configuration), `display` its name relative to the scan root.
pub fn load_json_document(
    path: &Path,
    display: &FileRef,
    text: &Arc<str>,
    max_file_size: u64,
) -> Option<Unit> {
    if !crate::json::looks_like_object(text)
        || !(text.contains("\"format_version\"") || text.contains("\"lineage\""))
    {
        return None;
    }
    let doc = crate::json::parse(text).ok()?;
    let plan = is_plan(&doc);
    if !plan && !is_state(&doc) {
        return None;
    }
    drop(doc);
    // The scan root is the path without the components of its displayed name.
    let n = Path::new(&**display).components().count();
    let root = path
        .ancestors()
        .nth(n)
        .or_else(|| path.parent())
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let opts = Options {
        root,
        limits: crate::Limits {
            max_file_size,
            ..Default::default()
        },
        ..Default::default()
    };
    let idx = LineIndex::new(text.clone());
    Some(if plan {
        load_plan(display, text, &idx, &opts)
    } else {
        load_state(display, text, &idx, &opts)
    })
}

fn parse_doc(file: &FileRef, text: &str, idx: &LineIndex) -> Result<YNode, Box<Diagnostic>> {
    crate::json::parse(text).map_err(|e| {
        let off = e.offset.min(text.len());
        Box::new(Diagnostic::error(
            "parse-error",
            file.clone(),
            Some(idx.span(file, off, off)),
            format!("invalid JSON: {}", e.message),
        ))
    })
}

struct Cx<'a> {
    file: &'a FileRef,
    idx: &'a LineIndex,
}

impl Cx<'_> {
    fn origin(&self, n: &YNode) -> Origin {
        Origin::Source(self.idx.span(self.file, n.start, n.end))
    }
}

/// A YAML/JSON scalar as a model value.
fn scalar_dyn(n: &YNode) -> Dyn {
    match n.scalar() {
        Some(Scalar::Null) | None => Dyn::Null,
        Some(Scalar::Bool(b)) => Dyn::Bool(b),
        Some(Scalar::Number(x)) => Dyn::Number(x),
        Some(Scalar::Str(s)) => Dyn::String(s.to_string()),
    }
}

/// The address without any instance keys: `module.a["x"].t.n[0]` → `module.a.t.n`.
pub fn strip_keys(address: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut in_str = false;
    let mut esc = false;
    for c in address.chars() {
        if depth > 0 {
            if in_str {
                if esc {
                    esc = false;
                } else if c == '\\' {
                    esc = true;
                } else if c == '"' {
                    in_str = false;
                }
            } else if c == '"' {
                in_str = true;
            } else if c == '[' {
                depth += 1;
            } else if c == ']' {
                depth -= 1;
            }
            continue;
        }
        if c == '[' {
            depth = 1;
        } else {
            out.push(c);
        }
    }
    out
}

/// The instance key of a plan/state index (`0`, `"a"`) as written in addresses.
fn index_key(n: Option<&YNode>) -> String {
    match n.map(|n| (n.scalar(), n)) {
        Some((Some(Scalar::Number(x)), _)) => format!("[{}]", crate::val::fmt_num(x)),
        Some((Some(Scalar::Str(s)), _)) => {
            format!("[{}]", serde_json::Value::String(s.to_string()))
        }
        _ => String::new(),
    }
}

/// The evaluated configuration beside a plan, by address.
struct Config {
    resources: Vec<RawResource>,
    by_address: HashMap<String, usize>,
    by_base: HashMap<String, usize>,
    files: Vec<(FileRef, Arc<str>)>,
}

impl Config {
    fn load(dir: &Path, opts: &Options, plan: &YNode) -> Option<Config> {
        let has_config = std::fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok())
            .any(|e| is_config_file(&e.path()) && e.path().is_file());
        if !has_config {
            return None;
        }
        // The plan records the root variables it was made with: use them.
        let mut opts = opts.clone();
        if let Some(vars) = plan.get("variables").and_then(YNode::as_map) {
            for (k, v) in vars {
                let (Some(name), Some(val)) = (k.as_str(), v.get("value")) else {
                    continue;
                };
                let text = match &val.kind {
                    YKind::Scalar(s, false) => s.clone(),
                    _ => yaml_to_json(val).to_string(),
                };
                opts.vars.push((name.to_string(), text));
            }
        }
        let ev = crate::evaluate(dir, &opts);
        let mut by_address = HashMap::new();
        let mut by_base = HashMap::new();
        for (i, r) in ev.resources.iter().enumerate() {
            by_address.entry(r.address.clone()).or_insert(i);
            by_base.entry(strip_keys(&r.address)).or_insert(i);
        }
        Some(Config {
            resources: ev.resources,
            by_address,
            by_base,
            files: ev.files,
        })
    }

    fn find(&self, address: &str) -> Option<&RawResource> {
        self.by_address
            .get(address)
            .or_else(|| self.by_base.get(&strip_keys(address)))
            .map(|&i| &self.resources[i])
    }
}

fn yaml_to_json(n: &YNode) -> serde_json::Value {
    match &n.kind {
        YKind::Scalar(..) => match n.scalar() {
            Some(Scalar::Null) | None => serde_json::Value::Null,
            Some(Scalar::Bool(b)) => b.into(),
            Some(Scalar::Number(x)) => parapet_model::value::number_json(x),
            Some(Scalar::Str(s)) => s.into(),
        },
        YKind::Seq(items) => items.iter().map(yaml_to_json).collect(),
        YKind::Map(m) => m
            .iter()
            .map(|(k, v)| (k.as_str().unwrap_or_default().to_string(), yaml_to_json(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

/// Where a plan value is located: its HCL node, else the enclosing HCL block, else the plan.
#[derive(Clone, Copy)]
struct Loc<'a> {
    hcl: Option<&'a Node>,
    fallback: Option<&'a Origin>,
}

impl<'a> Loc<'a> {
    fn origin(&self, cx: &Cx, n: Option<&YNode>, parent: &Origin) -> Origin {
        match (self.hcl, self.fallback, n) {
            (Some(h), _, _) => h.origin.clone(),
            (None, Some(f), _) => f.clone(),
            (None, None, Some(n)) => cx.origin(n),
            (None, None, None) => parent.clone(),
        }
    }

    fn child_key(&self, key: &str) -> Loc<'a> {
        let hcl = self.hcl.and_then(|h| match &h.v {
            Dyn::Map(m) => m.get(key),
            _ => None,
        });
        Loc {
            hcl,
            fallback: self.hcl.map(|h| &h.origin).or(self.fallback),
        }
    }

    fn child_index(&self, i: usize) -> Loc<'a> {
        let hcl = self.hcl.and_then(|h| match &h.v {
            Dyn::List(l) => l.get(i),
            // An HCL object where the plan has a list of one (a nested block).
            Dyn::Map(_) if i == 0 => Some(h),
            _ => None,
        });
        Loc {
            hcl,
            fallback: self.hcl.map(|h| &h.origin).or(self.fallback),
        }
    }
}

/// References the configuration recorded for an attribute (`expressions.x.references`).
fn expression_refs(expr: Option<&YNode>, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(refs) = expr
        .and_then(|e| e.get("references"))
        .and_then(YNode::as_seq)
    {
        for r in refs {
            if let Some(s) = r.as_str() {
                let a = format!("{prefix}{s}");
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
    }
    out
}

fn expr_child<'a>(expr: Option<&'a YNode>, key: &str) -> Option<&'a YNode> {
    let e = expr?;
    match &e.kind {
        YKind::Map(_) => e.get(key),
        // Nested blocks: a list of one object of expressions.
        YKind::Seq(items) => items.first().and_then(|i| i.get(key)),
        _ => None,
    }
}

/// Builds the node of a planned value, marking what `after_unknown` says is unknown.
/// The configuration's expressions for a value, and the module prefix of their references.
#[derive(Clone, Copy)]
struct Exprs<'a> {
    expr: Option<&'a YNode>,
    prefix: &'a str,
}

impl<'a> Exprs<'a> {
    fn child(self, key: &str) -> Exprs<'a> {
        Exprs {
            expr: expr_child(self.expr, key),
            prefix: self.prefix,
        }
    }
}

fn plan_node(
    cx: &Cx,
    v: Option<&YNode>,
    unknown: Option<&YNode>,
    loc: Loc,
    ex: Exprs,
    parent: &Origin,
    depth: usize,
) -> Node {
    let origin = loc.origin(cx, v, parent);
    if depth > 64 {
        return Node::unknown("value nested too deeply", vec![], origin);
    }
    if matches!(unknown.and_then(YNode::scalar), Some(Scalar::Bool(true))) {
        let mut refs = loc.hcl.map(Node::refs).unwrap_or_default();
        for r in expression_refs(ex.expr, ex.prefix) {
            if !refs.contains(&r) {
                refs.push(r);
            }
        }
        return Node::unknown("known only after apply", refs, origin);
    }
    let Some(v) = v else {
        return Node::new(Dyn::Null, origin);
    };
    match &v.kind {
        YKind::Scalar(..) => Node::new(scalar_dyn(v), origin),
        YKind::Seq(items) => {
            let unk_items = unknown.and_then(YNode::as_seq);
            Node::new(
                Dyn::List(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, it)| {
                            plan_node(
                                cx,
                                Some(it),
                                unk_items.and_then(|u| u.get(i)),
                                loc.child_index(i),
                                ex,
                                &origin,
                                depth + 1,
                            )
                        })
                        .collect(),
                ),
                origin.clone(),
            )
        }
        YKind::Map(entries) => {
            let mut m = indexmap::IndexMap::new();
            for (k, x) in entries {
                let key = k.as_str().unwrap_or_default();
                m.insert(
                    key.to_string(),
                    plan_node(
                        cx,
                        Some(x),
                        unknown.and_then(|u| u.get(key)),
                        loc.child_key(key),
                        ex.child(key),
                        &origin,
                        depth + 1,
                    ),
                );
            }
            // Attributes known only after apply are absent from the planned values.
            if let Some(u) = unknown.and_then(YNode::as_map) {
                for (k, x) in u {
                    let key = k.as_str().unwrap_or_default();
                    if !m.contains_key(key) && x.scalar() == Some(Scalar::Bool(true)) {
                        m.insert(
                            key.to_string(),
                            plan_node(
                                cx,
                                None,
                                Some(x),
                                loc.child_key(key),
                                ex.child(key),
                                &origin,
                                depth + 1,
                            ),
                        );
                    }
                }
            }
            Node::new(Dyn::Map(m), origin)
        }
    }
}

/// The configuration's `expressions` of a resource, by its address without instance keys
/// (relative to its module).
fn config_expressions(doc: &YNode) -> HashMap<String, &YNode> {
    fn walk<'a>(m: &'a YNode, prefix: &str, out: &mut HashMap<String, &'a YNode>, d: usize) {
        if d > 32 {
            return;
        }
        for r in m
            .get("resources")
            .and_then(YNode::as_seq)
            .unwrap_or_default()
        {
            if let (Some(a), Some(e)) = (
                r.get("address").and_then(YNode::as_str),
                r.get("expressions"),
            ) {
                out.insert(format!("{prefix}{a}"), e);
            }
        }
        for (k, c) in m
            .get("module_calls")
            .and_then(YNode::as_map)
            .unwrap_or_default()
        {
            if let (Some(name), Some(child)) = (k.as_str(), c.get("module")) {
                walk(child, &format!("{prefix}module.{name}."), out, d + 1);
            }
        }
    }
    let mut out = HashMap::new();
    if let Some(root) = doc.get("configuration").and_then(|c| c.get("root_module")) {
        walk(root, "", &mut out, 0);
    }
    out
}

/// Reads a Terraform plan in JSON into a unit.
pub fn load_plan(file: &FileRef, text: &Arc<str>, idx: &LineIndex, opts: &Options) -> Unit {
    let mut unit = Unit::default();
    let doc = match parse_doc(file, text, idx) {
        Ok(d) => d,
        Err(d) => {
            unit.diagnostics.push(*d);
            unit.files.push((file.clone(), text.clone()));
            return unit;
        }
    };
    let cx = Cx { file, idx };
    let plan_path = opts.root.join(&**file);
    let config = plan_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && d.is_dir())
        .and_then(|d| Config::load(d, opts, &doc));
    let exprs = config_expressions(&doc);
    let mut after_unknown: HashMap<&str, &YNode> = HashMap::new();
    let mut changes: Vec<&YNode> = Vec::new();
    for c in doc
        .get("resource_changes")
        .and_then(YNode::as_seq)
        .unwrap_or_default()
    {
        if let (Some(a), Some(ch)) = (c.get("address").and_then(YNode::as_str), c.get("change")) {
            if let Some(u) = ch.get("after_unknown") {
                after_unknown.insert(a, u);
            }
            changes.push(c);
        }
    }

    let mut raw: Vec<RawResource> = Vec::new();
    let push = |r: &YNode, values: Option<&YNode>, prefix: &str, raw: &mut Vec<RawResource>| {
        if r.get("mode")
            .and_then(YNode::as_str)
            .is_some_and(|m| m != "managed")
        {
            return;
        }
        let (Some(rtype), Some(name)) = (
            r.get("type").and_then(YNode::as_str),
            r.get("name").and_then(YNode::as_str),
        ) else {
            return;
        };
        let base_address = format!("{prefix}{rtype}.{name}");
        let address = r
            .get("address")
            .and_then(YNode::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("{base_address}{}", index_key(r.get("index"))));
        let hcl = config.as_ref().and_then(|c| c.find(&address));
        let origin = hcl
            .map(|h| h.origin.clone())
            .unwrap_or_else(|| cx.origin(r));
        let loc = Loc {
            hcl: hcl.map(|h| &h.node),
            fallback: hcl.map(|h| &h.origin),
        };
        let rel = strip_keys(&address);
        let expr = exprs
            .get(&rel)
            .copied()
            .or_else(|| exprs.get(&strip_keys(&base_address)).copied());
        let node = plan_node(
            &cx,
            values,
            after_unknown.get(address.as_str()).copied(),
            loc,
            Exprs { expr, prefix },
            &origin,
            0,
        );
        raw.push(RawResource {
            address,
            base_address,
            prefix: prefix.to_string(),
            rtype: rtype.to_string(),
            name: name.to_string(),
            node,
            origin,
            call_chain: hcl.map(|h| h.call_chain.clone()).unwrap_or_default(),
        });
    };

    if let Some(root) = doc.get("planned_values").and_then(|p| p.get("root_module")) {
        fn walk<'y>(m: &'y YNode, d: usize, f: &mut dyn FnMut(&'y YNode, Option<&'y YNode>, &str)) {
            if d > 32 {
                return;
            }
            let prefix = match m.get("address").and_then(YNode::as_str) {
                Some(a) if !a.is_empty() => format!("{a}."),
                _ => String::new(),
            };
            for r in m
                .get("resources")
                .and_then(YNode::as_seq)
                .unwrap_or_default()
            {
                f(r, r.get("values"), &prefix);
            }
            for c in m
                .get("child_modules")
                .and_then(YNode::as_seq)
                .unwrap_or_default()
            {
                walk(c, d + 1, f);
            }
        }
        walk(root, 0, &mut |r, values, prefix| {
            push(r, values, prefix, &mut raw)
        });
    } else {
        // No planned values: the `after` of every change that is not a deletion.
        for c in changes {
            let ch = c.get("change");
            let deleted = ch
                .and_then(|x| x.get("actions"))
                .and_then(YNode::as_seq)
                .is_some_and(|a| a.iter().all(|x| x.as_str() == Some("delete")));
            if deleted {
                continue;
            }
            let prefix = c
                .get("module_address")
                .and_then(YNode::as_str)
                .map(|m| format!("{m}."))
                .unwrap_or_default();
            push(c, ch.and_then(|x| x.get("after")), &prefix, &mut raw);
        }
    }

    let (resources, edges) = crate::adapt::adapt(raw);
    unit.resources = resources;
    unit.edges = edges;
    unit.files.push((file.clone(), text.clone()));
    if let Some(c) = config {
        for f in c.files {
            if !unit.files.iter().any(|(n, _)| *n == f.0) {
                unit.files.push(f);
            }
        }
    }
    unit
}

/// Reads a Terraform state file (format version 4) into a unit.
pub fn load_state(file: &FileRef, text: &Arc<str>, idx: &LineIndex, _opts: &Options) -> Unit {
    let mut unit = Unit::default();
    unit.files.push((file.clone(), text.clone()));
    let doc = match parse_doc(file, text, idx) {
        Ok(d) => d,
        Err(d) => {
            unit.diagnostics.push(*d);
            return unit;
        }
    };
    let cx = Cx { file, idx };
    let mut raw = Vec::new();
    if let Some(root) = doc.get("values").and_then(|v| v.get("root_module")) {
        // `terraform show -json` of a state: resources by module, values per resource.
        fn walk(m: &YNode, cx: &Cx, raw: &mut Vec<RawResource>, d: usize) {
            if d > 32 {
                return;
            }
            let prefix = match m.get("address").and_then(YNode::as_str) {
                Some(a) if !a.is_empty() => format!("{a}."),
                _ => String::new(),
            };
            for r in m
                .get("resources")
                .and_then(YNode::as_seq)
                .unwrap_or_default()
            {
                let managed = r
                    .get("mode")
                    .and_then(YNode::as_str)
                    .is_none_or(|x| x == "managed");
                let (Some(rtype), Some(name), true) = (
                    r.get("type").and_then(YNode::as_str),
                    r.get("name").and_then(YNode::as_str),
                    managed,
                ) else {
                    continue;
                };
                let base_address = format!("{prefix}{rtype}.{name}");
                let origin = cx.origin(r);
                raw.push(RawResource {
                    address: r
                        .get("address")
                        .and_then(YNode::as_str)
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("{base_address}{}", index_key(r.get("index")))),
                    base_address,
                    prefix: prefix.clone(),
                    rtype: rtype.to_string(),
                    name: name.to_string(),
                    node: match r.get("values") {
                        Some(v) => state_node(v, &origin, 0),
                        None => Node::new(Dyn::Map(Default::default()), origin.clone()),
                    },
                    origin,
                    call_chain: Vec::new(),
                });
            }
            for c in m
                .get("child_modules")
                .and_then(YNode::as_seq)
                .unwrap_or_default()
            {
                walk(c, cx, raw, d + 1);
            }
        }
        walk(root, &cx, &mut raw, 0);
    }
    for r in doc
        .get("resources")
        .and_then(YNode::as_seq)
        .unwrap_or_default()
    {
        if r.get("mode")
            .and_then(YNode::as_str)
            .is_some_and(|m| m != "managed")
        {
            continue;
        }
        let (Some(rtype), Some(name)) = (
            r.get("type").and_then(YNode::as_str),
            r.get("name").and_then(YNode::as_str),
        ) else {
            continue;
        };
        let prefix = r
            .get("module")
            .and_then(YNode::as_str)
            .filter(|m| !m.is_empty())
            .map(|m| format!("{m}."))
            .unwrap_or_default();
        let base_address = format!("{prefix}{rtype}.{name}");
        for inst in r
            .get("instances")
            .and_then(YNode::as_seq)
            .unwrap_or_default()
        {
            let origin = cx.origin(inst);
            let node = match inst.get("attributes") {
                Some(a) => state_node(a, &origin, 0),
                None => Node::new(Dyn::Map(Default::default()), origin.clone()),
            };
            raw.push(RawResource {
                address: format!("{base_address}{}", index_key(inst.get("index_key"))),
                base_address: base_address.clone(),
                prefix: prefix.clone(),
                rtype: rtype.to_string(),
                name: name.to_string(),
                node,
                origin,
                call_chain: Vec::new(),
            });
        }
    }
    let (resources, edges) = crate::adapt::adapt(raw);
    unit.resources = resources;
    unit.edges = edges;
    unit
}

/// A recorded value, every node located at the instance object.
fn state_node(n: &YNode, origin: &Origin, depth: usize) -> Node {
    if depth > 64 {
        return Node::unknown("value nested too deeply", vec![], origin.clone());
    }
    let v = match &n.kind {
        YKind::Scalar(..) => scalar_dyn(n),
        YKind::Seq(items) => Dyn::List(
            items
                .iter()
                .map(|i| state_node(i, origin, depth + 1))
                .collect(),
        ),
        YKind::Map(entries) => Dyn::Map(
            entries
                .iter()
                .map(|(k, v)| {
                    (
                        k.as_str().unwrap_or_default().to_string(),
                        state_node(v, origin, depth + 1),
                    )
                })
                .collect(),
        ),
    };
    Node::new(v, origin.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instance_keys_are_stripped() {
        assert_eq!(
            strip_keys(r#"module.a["x]y"].aws_s3_bucket.b[0]"#),
            "module.a.aws_s3_bucket.b"
        );
        assert_eq!(strip_keys("aws_s3_bucket.b"), "aws_s3_bucket.b");
    }
}
