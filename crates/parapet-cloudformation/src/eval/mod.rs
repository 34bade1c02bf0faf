//! Template evaluation: parameters, mappings, conditions and intrinsic functions, resolved
//! into a [`Node`] tree per resource.

mod conditions;
mod functions;
#[cfg(test)]
mod tests;

use crate::cond::{Atom, Conditions, Decision, Tri, F};
use crate::raw::{self, Call};
use crate::values::{canon, ident, join, with_origin};
pub(crate) use crate::values::{first_unknown, scalar_text};
use crate::{adapt, cidr, sub, Options};
use base64::Engine as _;
use indexmap::IndexMap;
use parapet_model::{
    Config, Diagnostic, DiagnosticLevel, Dyn, Edge, EdgeKind, FileRef, Format, LineIndex, Node,
    Origin, Resource,
};
use parapet_yaml::{Scalar, YKind, YNode};
use std::collections::{HashMap, HashSet};

/// How deeply intrinsic functions may nest.
pub(crate) const MAX_DEPTH: usize = 64;

/// Pseudo parameters, known only at deploy time unless given as parameters.
const PSEUDO: &[&str] = &[
    "AWS::AccountId",
    "AWS::NotificationARNs",
    "AWS::Partition",
    "AWS::Region",
    "AWS::StackId",
    "AWS::StackName",
    "AWS::URLSuffix",
];

/// A declared resource.
pub(crate) struct Decl<'a> {
    pub key: &'a YNode,
    pub body: &'a YNode,
    pub ty: Option<String>,
    /// Index in the unit, when the resource is created.
    pub index: Option<usize>,
    /// The name of an undecidable `Condition` it depends on.
    pub cond_name: Option<String>,
    pub cond_id: Option<usize>,
}

/// A created resource, evaluated.
pub(crate) struct Evaluated {
    pub id: String,
    pub ty: String,
    pub origin: Origin,
    /// The resolved `Properties` (an empty map at the header when absent).
    pub props: Node,
    /// An undecidable condition it depends on.
    pub cond_id: Option<usize>,
    pub cond_name: Option<String>,
    pub metadata: Option<String>,
}

pub(crate) struct Output {
    pub resources: Vec<Resource>,
    pub edges: Vec<Edge>,
}

pub(crate) struct Ctx<'a> {
    pub file: &'a FileRef,
    pub idx: &'a LineIndex,
    root: &'a YNode,
    pub opts: &'a Options,
    params: HashMap<String, &'a YNode>,
    mappings: Option<&'a YNode>,
    pub resources: IndexMap<String, Decl<'a>>,
    /// A transform (SAM, a macro) may create resources the template does not declare, and
    /// process tags CloudFormation does not know: references to them are not errors.
    lenient: bool,
    /// The template declares the SAM transform (`AWS::Serverless-2016-10-31`): its `Globals`
    /// are merged into each `AWS::Serverless::*` resource.
    sam: bool,
    pub conds: Conditions,
    pub diags: Vec<Diagnostic>,
    edges: Vec<Edge>,
    edge_set: HashSet<Edge>,
    /// The resource being evaluated (edges start there).
    current: Option<usize>,
    /// Condition values assumed true/false by enclosing `Fn::If` branches and the resource's
    /// own condition.
    assumptions: Vec<(usize, bool)>,
    depth: usize,
}

impl<'a> Ctx<'a> {
    pub fn new(file: &'a FileRef, idx: &'a LineIndex, root: &'a YNode, opts: &'a Options) -> Self {
        Ctx {
            file,
            idx,
            root,
            opts,
            params: HashMap::new(),
            mappings: None,
            resources: IndexMap::new(),
            lenient: false,
            sam: false,
            conds: Conditions::default(),
            diags: Vec::new(),
            edges: Vec::new(),
            edge_set: HashSet::new(),
            current: None,
            assumptions: Vec::new(),
            depth: 0,
        }
    }

    pub fn origin(&self, y: &YNode) -> Origin {
        Origin::Source(self.idx.span(self.file, y.start, y.end))
    }

    fn diag(&mut self, level: DiagnosticLevel, code: &str, y: &YNode, msg: impl Into<String>) {
        let span = Some(self.idx.span(self.file, y.start, y.end));
        let d = match level {
            DiagnosticLevel::Error => Diagnostic::error(code, self.file.clone(), span, msg),
            DiagnosticLevel::Warning => Diagnostic::warning(code, self.file.clone(), span, msg),
            DiagnosticLevel::Note => Diagnostic {
                level: DiagnosticLevel::Note,
                code: code.to_string(),
                file: self.file.clone(),
                span,
                message: msg.into(),
            },
        };
        self.diags.push(d);
    }

    pub fn error(&mut self, code: &str, y: &YNode, msg: impl Into<String>) {
        self.diag(DiagnosticLevel::Error, code, y, msg);
    }

    pub fn warning(&mut self, code: &str, y: &YNode, msg: impl Into<String>) {
        self.diag(DiagnosticLevel::Warning, code, y, msg);
    }

    /// Records an edge from the resource being evaluated.
    fn edge_from_current(&mut self, to: Option<usize>, kind: EdgeKind) {
        if let (Some(from), Some(to)) = (self.current, to) {
            self.add_edge(from, to, kind);
        }
    }

    pub fn add_edge(&mut self, from: usize, to: usize, kind: EdgeKind) {
        if from == to {
            return;
        }
        let e = Edge { from, to, kind };
        if self.edge_set.insert(e.clone()) {
            self.edges.push(e);
        }
    }

    /// Decides a condition under the current assumptions.
    pub fn decide(&self, c: usize, assumptions: &[(usize, bool)]) -> Decision {
        self.conds
            .decide(c, assumptions, self.opts.max_condition_branches)
    }

    /// Evaluates the whole template.
    pub fn run(&mut self) -> Output {
        let evaluated = self.evaluate();
        let configs = adapt::build(self, &evaluated);
        let mut resources = Vec::with_capacity(evaluated.len());
        for (e, config) in evaluated.into_iter().zip(configs) {
            let mut metadata = IndexMap::new();
            if let Some(m) = &e.metadata {
                metadata.insert("cfn:Metadata".to_string(), m.clone());
            }
            // Parts a resource declares inline that the model holds as resources of their own
            // (a topic's subscriptions), under the resource's address, condition and metadata.
            let parts: Vec<Resource> = adapt::inline_subscriptions(&e)
                .into_iter()
                .map(|(i, sub)| Resource {
                    address: format!("Resources.{}.Subscription[{i}]", e.id),
                    format: Format::Cloudformation,
                    source_type: e.ty.clone(),
                    origin: sub.protocol.origin.clone(),
                    call_chain: Vec::new(),
                    condition: e.cond_name.clone(),
                    metadata: metadata.clone(),
                    config: Config::SnsSubscription(Box::new(sub)),
                })
                .collect();
            resources.push(Resource {
                address: format!("Resources.{}", e.id),
                format: Format::Cloudformation,
                source_type: e.ty,
                origin: e.origin,
                call_chain: Vec::new(),
                condition: e.cond_name,
                metadata,
                config,
            });
            resources.extend(parts);
        }
        Output {
            resources,
            edges: std::mem::take(&mut self.edges),
        }
    }

    /// Reads the sections, compiles the conditions and evaluates every created resource.
    fn evaluate(&mut self) -> Vec<Evaluated> {
        self.read_transform();
        self.read_parameters();
        self.read_mappings();
        self.compile_conditions();
        self.declare_resources();
        self.evaluate_resources()
    }

    fn read_transform(&mut self) {
        let root = self.root;
        if let Some(t) = root.get("Resources").and_then(|r| r.get("Fn::Transform")) {
            self.lenient = true;
            self.diag(
                DiagnosticLevel::Note,
                "cfn-macro",
                t,
                format!(
                    "resources added by the macro `{}` are not checked",
                    macro_name(t)
                ),
            );
        }
        let Some(t) = root.get("Transform") else {
            return;
        };
        let items: Vec<&YNode> = match &t.kind {
            YKind::Seq(items) => items.iter().collect(),
            _ => vec![t],
        };
        for item in items {
            let name = item
                .as_str()
                .or_else(|| item.get("Name").and_then(YNode::as_str))
                .unwrap_or("");
            if name == "AWS::LanguageExtensions" {
                continue;
            }
            if name == "AWS::Serverless-2016-10-31" {
                self.sam = true;
            }
            self.lenient = true;
            if !name.starts_with("AWS::") {
                let name = if name.is_empty() { "?" } else { name };
                self.diag(
                    DiagnosticLevel::Note,
                    "cfn-macro",
                    item,
                    format!(
                        "the template uses the macro `{name}`: resources are checked as written, \
                         before the macro runs"
                    ),
                );
            }
        }
    }

    fn read_parameters(&mut self) {
        let Some(p) = self.root.get("Parameters") else {
            return;
        };
        let Some(entries) = p.as_map() else {
            self.error("cfn-invalid", p, "`Parameters` is not a map");
            return;
        };
        for (k, v) in entries {
            let Some(name) = k.as_str() else { continue };
            if v.as_map().is_none() {
                self.error(
                    "cfn-invalid",
                    v,
                    format!("parameter `{name}` is not a map with a `Type`"),
                );
            }
            self.params.insert(name.to_string(), v);
        }
    }

    fn read_mappings(&mut self) {
        let Some(m) = self.root.get("Mappings") else {
            return;
        };
        if m.as_map().is_none() {
            self.error("cfn-invalid", m, "`Mappings` is not a map");
            return;
        }
        self.mappings = Some(m);
    }

    // ----- resources ----------------------------------------------------------------------

    fn declare_resources(&mut self) {
        let root = self.root;
        let Some(section) = root.get("Resources") else {
            self.warning("cfn-invalid", root, "the template has no `Resources`");
            return;
        };
        let Some(entries) = section.as_map() else {
            self.error("cfn-invalid", section, "`Resources` is not a map");
            return;
        };
        for (k, body) in entries {
            let Some(id) = k.as_str() else {
                self.error("cfn-invalid", k, "a logical id is not a string");
                continue;
            };
            if id == "Fn::Transform" {
                // Noted by `read_transform`.
                continue;
            }
            if id.starts_with("Fn::ForEach::") {
                self.warning(
                    "cfn-unsupported",
                    k,
                    "Fn::ForEach is not expanded yet: the resources it creates are not checked",
                );
                continue;
            }
            if body.as_map().is_none() {
                self.error("cfn-invalid", body, format!("resource `{id}` is not a map"));
                continue;
            }
            let ty = match body.get("Type") {
                Some(t) => match t.as_str() {
                    Some(s) if t.tag.is_none() => Some(s.to_string()),
                    _ => {
                        self.error(
                            "cfn-invalid",
                            t,
                            format!("the Type of resource `{id}` is not a string"),
                        );
                        None
                    }
                },
                None => {
                    self.error("cfn-invalid", k, format!("resource `{id}` has no `Type`"));
                    None
                }
            };
            if self.resources.contains_key(id) {
                self.warning(
                    "cfn-invalid",
                    k,
                    format!("resource `{id}` is declared twice; the last one is used"),
                );
            }
            self.resources.insert(
                id.to_string(),
                Decl {
                    key: k,
                    body,
                    ty,
                    index: None,
                    cond_name: None,
                    cond_id: None,
                },
            );
        }
        // Which resources exist.
        let mut next = 0;
        let ids: Vec<String> = self.resources.keys().cloned().collect();
        for id in ids {
            let d = &self.resources[&id];
            if d.ty.is_none() {
                continue;
            }
            let (mut exists, mut cond_name, mut cond_id) = (true, None, None);
            if let Some(c) = d.body.get("Condition") {
                match c.as_str().filter(|_| c.tag.is_none()) {
                    None => self.error(
                        "cfn-invalid",
                        c,
                        format!("the Condition of resource `{id}` is not a condition name"),
                    ),
                    Some(name) => match self.conds.ids.get(name).copied() {
                        None => {
                            self.error(
                                "cfn-unresolved",
                                c,
                                format!("condition `{name}` is not declared in `Conditions`"),
                            );
                            cond_name = Some(name.to_string());
                        }
                        Some(cid) => match self.decide(cid, &[]) {
                            Decision::True => {}
                            Decision::False => exists = false,
                            Decision::Unknown(_) => {
                                cond_name = Some(name.to_string());
                                cond_id = Some(cid);
                            }
                        },
                    },
                }
            }
            let d = &mut self.resources[&id];
            if exists {
                d.index = Some(next);
                d.cond_name = cond_name;
                d.cond_id = cond_id;
                next += 1;
            }
        }
    }

    fn evaluate_resources(&mut self) -> Vec<Evaluated> {
        let mut out = Vec::new();
        let created: Vec<(String, usize)> = self
            .resources
            .iter()
            .filter_map(|(id, d)| d.index.map(|i| (id.clone(), i)))
            .collect();
        for (id, index) in created {
            let d = &self.resources[&id];
            let (key, body, ty) = (d.key, d.body, d.ty.clone().unwrap_or_default());
            let (cond_id, cond_name) = (d.cond_id, d.cond_name.clone());
            let origin = self.origin(key);
            self.current = Some(index);
            self.assumptions = cond_id.map(|c| vec![(c, true)]).unwrap_or_default();
            self.depth = 0;
            let empty = |o: &Origin| Node::new(Dyn::Map(IndexMap::new()), o.clone());
            let props = match body.get("Properties") {
                None => empty(&origin),
                Some(p) => match self.eval(p) {
                    None => empty(&self.origin(p)),
                    Some(n) if n.is_null() => empty(&n.origin),
                    Some(n) => {
                        if !matches!(n.v, Dyn::Map(_) | Dyn::Unknown(_)) {
                            self.error(
                                "cfn-invalid",
                                p,
                                format!("the Properties of resource `{id}` are not a map"),
                            );
                        }
                        n
                    }
                },
            };
            let props = match self.sam_globals(&ty) {
                Some(g) => merge_globals(g, props),
                None => props,
            };
            let metadata = body.get("Metadata").map(|m| raw::to_json(m).to_string());
            out.push(Evaluated {
                id,
                ty,
                origin,
                props,
                cond_id,
                cond_name,
                metadata,
            });
        }
        self.current = None;
        self.assumptions.clear();
        out
    }

    /// The evaluated `Globals` section a SAM resource of type `ty` inherits, when there is one.
    fn sam_globals(&mut self, ty: &str) -> Option<Node> {
        if !self.sam {
            return None;
        }
        let kind = match ty {
            "AWS::Serverless::Function" => "Function",
            "AWS::Serverless::Api" => "Api",
            "AWS::Serverless::HttpApi" => "HttpApi",
            "AWS::Serverless::SimpleTable" => "SimpleTable",
            "AWS::Serverless::StateMachine" => "StateMachine",
            "AWS::Serverless::LayerVersion" => "LayerVersion",
            _ => return None,
        };
        let root = self.root;
        let g = root.get("Globals").and_then(|g| g.get(kind))?;
        // Evaluated for each resource (references in it are edges from that resource, and an
        // enclosing condition may decide an `Fn::If`); a problem in it is reported once.
        let before = self.diags.len();
        let evaluated = self.eval(g).filter(|n| !n.is_null());
        let new = self.diags.split_off(before);
        for d in new {
            if !self.diags.contains(&d) {
                self.diags.push(d);
            }
        }
        evaluated
    }

    /// Whether resource `child`'s condition holds wherever `parent` exists.
    pub fn holds_with(&self, child: Option<usize>, parent: Option<usize>) -> Decision {
        match child {
            None => Decision::True,
            Some(c) => {
                let a: Vec<(usize, bool)> = parent.map(|p| vec![(p, true)]).unwrap_or_default();
                self.decide(c, &a)
            }
        }
    }

    // ----- values -------------------------------------------------------------------------

    fn null(&self, y: &YNode) -> Node {
        Node::new(Dyn::Null, self.origin(y))
    }

    fn unknown(&self, y: &YNode, reason: impl Into<String>, refs: Vec<String>) -> Node {
        Node::unknown(reason, refs, self.origin(y))
    }

    /// An unknown result that depends on unknown inputs: their first reason, all their refs.
    fn propagate(&self, y: &YNode, inputs: &[&Node]) -> Node {
        let reason = inputs
            .iter()
            .find_map(|n| first_unknown(n))
            .map(|u| u.reason.clone())
            .unwrap_or_else(|| "the value is not known".into());
        let mut refs: Vec<String> = Vec::new();
        for n in inputs {
            for r in n.refs() {
                if !refs.contains(&r) {
                    refs.push(r);
                }
            }
        }
        self.unknown(y, reason, refs)
    }

    fn limit(&mut self, y: &YNode) {
        self.error(
            "limit",
            y,
            format!("intrinsic functions are nested more than {MAX_DEPTH} levels deep"),
        );
    }

    /// Evaluates a node; `None` is `AWS::NoValue` (the property is removed).
    pub fn eval(&mut self, y: &YNode) -> Option<Node> {
        self.eval_node(y, false)
    }

    fn eval_node(&mut self, y: &YNode, untagged: bool) -> Option<Node> {
        if !untagged {
            if let Some(c) = raw::call(y, false) {
                return self.call(y, c);
            }
            if let Some(tag) = &y.tag {
                if !raw::is_core_tag(tag) {
                    if !self.lenient {
                        self.warning(
                            "cfn-intrinsic",
                            y,
                            format!("`{tag}` is not a CloudFormation function"),
                        );
                    }
                    return Some(self.unknown(
                        y,
                        format!("`{tag}` is not a CloudFormation function (a macro may expand it)"),
                        vec![],
                    ));
                }
            }
        } else if let Some(c) = raw::long_call(y, false) {
            // `!Base64 {"Fn::Join": ...}`: the argument of a short form is itself a call.
            return self.call(y, c);
        }
        let origin = self.origin(y);
        match &y.kind {
            YKind::Scalar(..) => {
                let v = match y.scalar() {
                    Some(Scalar::Null) | None => Dyn::Null,
                    Some(Scalar::Bool(b)) => Dyn::Bool(b),
                    Some(Scalar::Number(n)) => Dyn::Number(n),
                    Some(Scalar::Str(s)) => Dyn::String(s.to_string()),
                };
                Some(Node::new(v, origin))
            }
            YKind::Seq(items) => {
                let list = items.iter().filter_map(|i| self.eval(i)).collect();
                Some(Node::new(Dyn::List(list), origin))
            }
            YKind::Map(entries) => {
                if entries.len() > 1 {
                    if let Some((_, t)) = entries
                        .iter()
                        .find(|(k, _)| k.as_str() == Some("Fn::Transform"))
                    {
                        let name = macro_name(t);
                        return Some(self.unknown(
                            y,
                            format!(
                                "the contents are produced by the macro `{name}` at deploy time"
                            ),
                            vec![],
                        ));
                    }
                }
                let mut m = IndexMap::new();
                for (k, v) in entries {
                    let key = k.as_str().unwrap_or_default().to_string();
                    if let Some(mut n) = self.eval(v) {
                        // A nested object or list is "headed" by its key: values omitted
                        // inside it are reported on the key's line.
                        if matches!(n.v, Dyn::Map(_) | Dyn::List(_)) && v.tag.is_none() {
                            n.origin = Origin::Source(self.idx.span(self.file, k.start, v.end));
                        }
                        m.insert(key, n);
                    } else {
                        m.shift_remove(&key);
                    }
                }
                Some(Node::new(Dyn::Map(m), origin))
            }
        }
    }

    fn call(&mut self, y: &YNode, c: Call<'_>) -> Option<Node> {
        if self.depth >= MAX_DEPTH {
            self.limit(y);
            return Some(self.unknown(y, "intrinsic functions nested too deeply", vec![]));
        }
        self.depth += 1;
        let r = self.call_inner(y, c);
        self.depth -= 1;
        r
    }

    /// The evaluated argument of a call.
    fn arg(&mut self, c: Call<'_>) -> Option<Node> {
        self.eval_node(c.arg, c.untagged)
    }

    /// The evaluated argument of a call that takes a list of `n` items (`min..=max`).
    fn list_arg(
        &mut self,
        y: &YNode,
        c: Call<'_>,
        min: usize,
        max: usize,
        usage: &str,
    ) -> Result<Vec<Node>, Node> {
        if c.arg.as_seq().is_none() {
            self.error("cfn-intrinsic", y, format!("{} expects {usage}", c.name));
            return Err(self.unknown(y, format!("invalid {}", c.name), vec![]));
        }
        let arg = self.arg(c).unwrap_or_else(|| self.null(y));
        match arg.v {
            Dyn::List(items) if (min..=max).contains(&items.len()) => Ok(items),
            Dyn::Unknown(_) => Err(self.propagate(y, &[&arg])),
            _ => {
                self.error("cfn-intrinsic", y, format!("{} expects {usage}", c.name));
                Err(self.unknown(y, format!("invalid {}", c.name), vec![]))
            }
        }
    }

    fn call_inner(&mut self, y: &YNode, c: Call<'_>) -> Option<Node> {
        match c.name {
            "Ref" => match c.arg.as_str().filter(|_| c.untagged || c.arg.tag.is_none()) {
                Some(name) => self.resolve_ref(name, y),
                None => {
                    self.error(
                        "cfn-intrinsic",
                        y,
                        "Ref expects the name of a parameter or resource",
                    );
                    Some(self.unknown(y, "invalid Ref", vec![]))
                }
            },
            "Fn::GetAtt" => Some(self.get_att(y, c)),
            "Fn::Sub" => Some(self.sub(y, c)),
            "Fn::If" => self.fn_if(y, c),
            "Fn::Join" => Some(self.join(y, c)),
            "Fn::Select" => Some(self.select(y, c)),
            "Fn::Split" => Some(self.split(y, c)),
            "Fn::FindInMap" => Some(self.find_in_map(y, c)),
            "Fn::Base64" => Some(self.base64(y, c)),
            "Fn::Cidr" => Some(self.cidr(y, c)),
            "Fn::GetAZs" => {
                let _ = self.arg(c);
                Some(self.unknown(
                    y,
                    "the Availability Zones of a region are known only at deploy time",
                    vec![],
                ))
            }
            "Fn::ImportValue" => {
                let arg = self.arg(c);
                let name = arg
                    .as_ref()
                    .and_then(scalar_text)
                    .map(|n| format!("`{n}`"))
                    .unwrap_or_else(|| "an export".into());
                let refs = arg.map(|a| a.refs()).unwrap_or_default();
                Some(self.unknown(
                    y,
                    format!("the value is imported from {name} of another stack"),
                    refs,
                ))
            }
            "Fn::Transform" => {
                let name = macro_name(c.arg);
                Some(self.unknown(
                    y,
                    format!("the value is produced by the macro `{name}` at deploy time"),
                    vec![],
                ))
            }
            "Fn::Length" => {
                let arg = self.arg(c).unwrap_or_else(|| self.null(y));
                Some(match &arg.v {
                    Dyn::List(l) => Node::new(Dyn::Number(l.len() as f64), self.origin(y)),
                    Dyn::Unknown(_) => self.propagate(y, &[&arg]),
                    _ => {
                        self.error("cfn-intrinsic", y, "Fn::Length expects a list");
                        self.unknown(y, "invalid Fn::Length", vec![])
                    }
                })
            }
            "Fn::ToJsonString" => {
                let arg = self.arg(c).unwrap_or_else(|| self.null(y));
                Some(if arg.contains_unknown() {
                    self.propagate(y, &[&arg])
                } else {
                    Node::new(Dyn::String(arg.to_json().to_string()), self.origin(y))
                })
            }
            "Fn::Equals" | "Fn::And" | "Fn::Or" | "Fn::Not" | "Condition" => {
                let f = self.compile_call(y, c);
                let assumptions = self.assumptions.clone();
                let t = f.eval(&|_| Tri::Unknown, &|d| match self.decide(d, &assumptions) {
                    Decision::True => Tri::True,
                    Decision::False => Tri::False,
                    Decision::Unknown(_) => Tri::Unknown,
                });
                Some(match t {
                    Tri::True => Node::new(Dyn::Bool(true), self.origin(y)),
                    Tri::False => Node::new(Dyn::Bool(false), self.origin(y)),
                    Tri::Unknown => self.unknown(y, "the condition cannot be decided", vec![]),
                })
            }
            other => Some(self.unknown(y, format!("{other} is not supported"), vec![])),
        }
    }

    fn resolve_ref(&mut self, name: &str, y: &YNode) -> Option<Node> {
        if name == "AWS::NoValue" {
            return None;
        }
        if let Some(decl) = self.params.get(name).copied() {
            return Some(self.param_value(name, decl, y));
        }
        if name.starts_with("AWS::") {
            if let Some(v) = self.opts.parameters.get(name) {
                return Some(Node::new(Dyn::String(v.clone()), self.origin(y)));
            }
            if PSEUDO.contains(&name) {
                return Some(self.unknown(
                    y,
                    format!("{name} is known only at deploy time"),
                    vec![],
                ));
            }
        }
        if let Some(d) = self.resources.get(name) {
            let index = d.index;
            self.edge_from_current(index, EdgeKind::References);
            return Some(self.unknown(
                y,
                format!("`Ref {name}` is assigned when the stack is deployed"),
                vec![format!("Resources.{name}")],
            ));
        }
        Some(self.undeclared(y, name))
    }

    fn undeclared(&mut self, y: &YNode, name: &str) -> Node {
        if self.lenient {
            return self.unknown(
                y,
                format!("`{name}` is not declared in the template (a transform may create it)"),
                vec![],
            );
        }
        self.error(
            "cfn-unresolved",
            y,
            format!("`{name}` is not a parameter, pseudo parameter or resource of this template"),
        );
        self.unknown(y, format!("`{name}` is not declared"), vec![])
    }

    fn param_value(&mut self, name: &str, decl: &YNode, y: &YNode) -> Node {
        let ty = decl.get("Type").and_then(YNode::as_str).unwrap_or("String");
        let origin = self.origin(y);
        if ty.starts_with("AWS::SSM::Parameter::Value<") {
            return Node::unknown(
                format!("parameter `{name}` is read from the SSM Parameter Store at deploy time"),
                vec![],
                origin,
            );
        }
        let text = self
            .opts
            .parameters
            .get(name)
            .cloned()
            .or_else(|| decl.get("Default").and_then(crate::param_text));
        let Some(text) = text else {
            return Node::unknown(
                format!("parameter `{name}` has no value (no Default and no override)"),
                vec![],
                origin,
            );
        };
        if ty.starts_with("List<") || ty == "CommaDelimitedList" {
            let items = text
                .split(',')
                .map(|s| Node::new(Dyn::String(s.trim().to_string()), origin.clone()))
                .collect();
            Node::new(Dyn::List(items), origin)
        } else {
            Node::new(Dyn::String(text), origin)
        }
    }
}

/// Merges a SAM `Globals` section into a resource's properties the way the SAM transform does
/// (<https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html>):
/// a value written on the resource replaces a global scalar, maps are merged key by key (the
/// resource's keys win), and lists are additive (the global items, then the resource's). What
/// cannot be merged because one side is unknown is unknown.
pub(crate) fn merge_globals(global: Node, local: Node) -> Node {
    match (global.v, local.v) {
        (Dyn::Map(mut g), Dyn::Map(l)) => {
            for (k, lv) in l {
                let merged = match g.shift_remove(&k) {
                    Some(gv) => merge_globals(gv, lv),
                    None => lv,
                };
                g.insert(k, merged);
            }
            Node::new(Dyn::Map(g), local.origin)
        }
        (Dyn::List(mut g), Dyn::List(l)) => {
            g.extend(l);
            Node::new(Dyn::List(g), local.origin)
        }
        (Dyn::Unknown(u), Dyn::Map(_) | Dyn::List(_)) => Node::new(Dyn::Unknown(u), global.origin),
        (_, lv) => Node::new(lv, local.origin),
    }
}

/// The name of the macro of an `Fn::Transform` argument.
fn macro_name(t: &YNode) -> String {
    t.get("Name")
        .and_then(YNode::as_str)
        .unwrap_or("?")
        .to_string()
}
