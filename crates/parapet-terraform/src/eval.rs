//! Expression evaluation over the hcl-edit syntax tree, with Terraform semantics and unknowns.

use crate::funcs::{self, FuncCtx};
use crate::val::{fmt_num, Unk, Val};
use hcl_edit::expr::{
    BinaryOperator, Expression, ForExpr, ObjectKey, TraversalOperator, UnaryOperator,
};
use hcl_edit::template::{Directive, Element, Template};
use indexmap::IndexMap;

/// Maximum depth of nested expression evaluation (guards the stack on hostile input).
pub const MAX_EVAL_DEPTH: usize = 200;
/// Maximum number of elements a `for` expression or template `for` may produce.
pub const MAX_COLLECTION: usize = 1_000_000;

/// Where names are looked up. Implemented by the module evaluator.
pub trait Resolver {
    /// Resolves a root name (`var`, `local`, `module`, `data`, a resource type, `path`, ...)
    /// together with the traversal that follows it. Returns the value and how many of the
    /// operators it consumed (resource references consume the type and name).
    fn resolve_root(&self, name: &str, ops: &[TraversalOperator], scope: &Scope) -> (Val, usize);
    fn func_ctx(&self) -> FuncCtx<'_>;
    /// Evaluates `templatefile(path, vars)`.
    fn templatefile(&self, path: &str, vars: Val) -> Result<Val, String>;
}

/// Local variables: `count`, `each`, `for` iterators, dynamic block iterators. A scope extends
/// another without copying it (evaluation opens one per instance and per `for` element, and
/// the values, such as `each.value`, can be large).
#[derive(Clone, Debug, Default)]
pub struct Scope {
    head: Option<std::sync::Arc<Frame>>,
}

#[derive(Debug)]
struct Frame {
    name: String,
    value: Val,
    parent: Option<std::sync::Arc<Frame>>,
}

impl Scope {
    pub fn with(&self, name: &str, v: Val) -> Scope {
        Scope {
            head: Some(std::sync::Arc::new(Frame {
                name: name.to_string(),
                value: v,
                parent: self.head.clone(),
            })),
        }
    }

    /// The innermost variable of that name.
    pub fn get(&self, name: &str) -> Option<&Val> {
        let mut at = self.head.as_deref();
        while let Some(f) = at {
            if f.name == name {
                return Some(&f.value);
            }
            at = f.parent.as_deref();
        }
        None
    }
}

pub struct Evaluator<'r, R: Resolver> {
    pub resolver: &'r R,
}

fn merge_unknowns<'a>(vals: impl IntoIterator<Item = &'a Val>, reason: &str) -> Val {
    let mut refs: Vec<String> = Vec::new();
    let mut first_reason: Option<String> = None;
    for v in vals {
        if let Some(u) = v.first_unknown() {
            if first_reason.is_none() {
                first_reason = Some(u.reason.clone());
            }
            for r in u.refs {
                if !refs.contains(&r) {
                    refs.push(r);
                }
            }
        }
    }
    Val::Unknown(Unk {
        reason: first_reason.unwrap_or_else(|| reason.to_string()),
        refs,
        partial: None,
    })
}

impl<R: Resolver> Evaluator<'_, R> {
    pub fn eval(&self, e: &Expression, scope: &Scope) -> Val {
        self.eval_d(e, scope, 0)
    }

    fn eval_d(&self, e: &Expression, scope: &Scope, d: usize) -> Val {
        if d > MAX_EVAL_DEPTH {
            return Val::unknown("expression nested too deeply");
        }
        let d = d + 1;
        match e {
            Expression::Null(_) => Val::Null,
            Expression::Bool(b) => Val::Bool(*b.value()),
            Expression::Number(n) => Val::Num(n.value().as_f64().unwrap_or(0.0)),
            Expression::String(s) => Val::Str(s.value().to_string()),
            Expression::Array(a) => Val::List(a.iter().map(|x| self.eval_d(x, scope, d)).collect()),
            Expression::Object(o) => {
                let mut m = IndexMap::new();
                for (k, v) in o.iter() {
                    let key = match k {
                        ObjectKey::Ident(i) => i.value().as_str().to_string(),
                        ObjectKey::Expression(Expression::Variable(i)) => {
                            i.value().as_str().to_string()
                        }
                        ObjectKey::Expression(x) => match self.eval_d(x, scope, d) {
                            Val::Unknown(u) => return Val::Unknown(u),
                            other => match other.as_string() {
                                Some(s) => s,
                                None => return Val::unknown("object key is not a string"),
                            },
                        },
                    };
                    m.insert(key, self.eval_d(v.expr(), scope, d));
                }
                Val::Map(m)
            }
            Expression::StringTemplate(t) => self.template(t, scope, d),
            Expression::HeredocTemplate(h) => {
                if h.indent().is_some() {
                    let mut h2 = (**h).clone();
                    h2.dedent();
                    self.template(&h2.template, scope, d)
                } else {
                    self.template(&h.template, scope, d)
                }
            }
            Expression::Parenthesis(p) => self.eval_d(p.inner(), scope, d),
            Expression::Variable(v) => self.traverse_root(v.value().as_str(), &[], scope, d),
            Expression::Traversal(t) => match &t.expr {
                Expression::Variable(v) => {
                    let ops: Vec<TraversalOperator> =
                        t.operators.iter().map(|o| o.value().clone()).collect();
                    self.traverse_root(v.value().as_str(), &ops, scope, d)
                }
                other => {
                    let base = self.eval_d(other, scope, d);
                    let ops: Vec<TraversalOperator> =
                        t.operators.iter().map(|o| o.value().clone()).collect();
                    self.apply_ops(base, &ops, scope, d)
                }
            },
            Expression::Conditional(c) => {
                let cond = self.eval_d(&c.cond_expr, scope, d);
                match cond.as_bool() {
                    Some(true) => self.eval_d(&c.true_expr, scope, d),
                    Some(false) => self.eval_d(&c.false_expr, scope, d),
                    None => {
                        let a = self.eval_d(&c.true_expr, scope, d);
                        let b = self.eval_d(&c.false_expr, scope, d);
                        if a == b && !a.contains_unknown() {
                            a
                        } else {
                            merge_unknowns([&cond, &a, &b], "the condition is not known")
                        }
                    }
                }
            }
            Expression::FuncCall(f) => {
                let name = f.name.name.value().as_str();
                let args: Vec<&Expression> = f.args.iter().collect();
                match name {
                    "try" => {
                        for a in &args {
                            let v = self.eval_d(a, scope, d);
                            match &v {
                                Val::Unknown(u) if u.reason.starts_with("error:") => continue,
                                _ => return v,
                            }
                        }
                        Val::unknown("error: no argument of try() could be evaluated")
                    }
                    "can" => {
                        let v = args
                            .first()
                            .map(|a| self.eval_d(a, scope, d))
                            .unwrap_or(Val::Null);
                        match &v {
                            Val::Unknown(u) if u.reason.starts_with("error:") => Val::Bool(false),
                            Val::Unknown(_) => v,
                            _ => Val::Bool(true),
                        }
                    }
                    _ => {
                        let mut vals: Vec<Val> =
                            args.iter().map(|a| self.eval_d(a, scope, d)).collect();
                        if f.args.expand_final() {
                            match vals.pop() {
                                Some(Val::List(l)) => vals.extend(l),
                                Some(u @ Val::Unknown(_)) => return u,
                                Some(_) => {
                                    return Val::unknown("error: `...` needs a list argument")
                                }
                                None => {}
                            }
                        }
                        if name == "templatefile" {
                            if vals.iter().any(Val::contains_unknown)
                                && vals.first().is_some_and(Val::is_unknown)
                            {
                                return merge_unknowns(vals.iter(), "templatefile path unknown");
                            }
                            let path = vals.first().and_then(Val::as_string);
                            let v = vals.get(1).cloned().unwrap_or(Val::Map(IndexMap::new()));
                            return match path {
                                Some(p) => self
                                    .resolver
                                    .templatefile(&p, v)
                                    .unwrap_or_else(|e| Val::unknown(format!("error: {e}"))),
                                None => Val::unknown("error: templatefile needs a path"),
                            };
                        }
                        let ctx = self.resolver.func_ctx();
                        match funcs::call(name, vals, &ctx) {
                            Ok(v) => v,
                            Err(e) => Val::unknown(format!("error: {e}")),
                        }
                    }
                }
            }
            Expression::UnaryOp(u) => {
                let v = self.eval_d(&u.expr, scope, d);
                if v.is_unknown() {
                    return v;
                }
                match u.operator.value() {
                    UnaryOperator::Neg => match v.as_num() {
                        Some(n) => Val::Num(-n),
                        None => Val::unknown("error: `-` needs a number"),
                    },
                    UnaryOperator::Not => match v.as_bool() {
                        Some(b) => Val::Bool(!b),
                        None => Val::unknown("error: `!` needs a bool"),
                    },
                }
            }
            Expression::BinaryOp(b) => {
                let op = *b.operator.value();
                let l = self.eval_d(&b.lhs_expr, scope, d);
                // Short-circuit the logical operators on known sides.
                if matches!(op, BinaryOperator::And) && l.as_bool() == Some(false) {
                    return Val::Bool(false);
                }
                if matches!(op, BinaryOperator::Or) && l.as_bool() == Some(true) {
                    return Val::Bool(true);
                }
                let r = self.eval_d(&b.rhs_expr, scope, d);
                binary(op, &l, &r)
            }
            Expression::ForExpr(f) => self.for_expr(f, scope, d),
        }
    }

    fn traverse_root(&self, name: &str, ops: &[TraversalOperator], scope: &Scope, d: usize) -> Val {
        if let Some(v) = scope.get(name) {
            return self.apply_ops(v.clone(), ops, scope, d);
        }
        let (base, used) = self.resolver.resolve_root(name, ops, scope);
        self.apply_ops(base, &ops[used.min(ops.len())..], scope, d)
    }

    pub fn apply_ops(&self, mut v: Val, ops: &[TraversalOperator], scope: &Scope, d: usize) -> Val {
        for (i, op) in ops.iter().enumerate() {
            if v.is_unknown() {
                return v;
            }
            match op {
                TraversalOperator::GetAttr(name) => {
                    v = get_attr(&v, name.value().as_str());
                }
                TraversalOperator::Index(e) => {
                    let k = self.eval_d(e, scope, d);
                    v = index(&v, &k);
                }
                TraversalOperator::LegacyIndex(n) => {
                    v = index(&v, &Val::Num(*n.value() as f64));
                }
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                    let rest = &ops[i + 1..];
                    let items = match v {
                        Val::List(l) => l,
                        Val::Null => Vec::new(),
                        other => vec![other],
                    };
                    return Val::List(
                        items
                            .into_iter()
                            .map(|x| self.apply_ops(x, rest, scope, d))
                            .collect(),
                    );
                }
            }
        }
        v
    }

    fn template(&self, t: &Template, scope: &Scope, d: usize) -> Val {
        // A template that is a single interpolation keeps the value's type.
        if let Some(Element::Interpolation(i)) = t.as_single_element() {
            return self.eval_d(&i.expr, scope, d);
        }
        let mut out = String::new();
        let mut unknowns: Vec<Val> = Vec::new();
        self.template_into(t, scope, d, &mut out, &mut unknowns);
        if !unknowns.is_empty() {
            return merge_unknowns(unknowns.iter(), "template has unknown parts");
        }
        Val::Str(out)
    }

    fn template_into(
        &self,
        t: &Template,
        scope: &Scope,
        d: usize,
        out: &mut String,
        unknowns: &mut Vec<Val>,
    ) {
        for el in t.iter() {
            match el {
                Element::Literal(s) => out.push_str(s.value()),
                Element::Interpolation(i) => {
                    let v = self.eval_d(&i.expr, scope, d);
                    match v {
                        Val::Unknown(_) => unknowns.push(v),
                        Val::Null => {}
                        other => match other.as_string() {
                            Some(s) => out.push_str(&s),
                            None => unknowns.push(Val::unknown(format!(
                                "error: cannot interpolate a {}",
                                other.type_name()
                            ))),
                        },
                    }
                }
                Element::Directive(dir) => match &**dir {
                    Directive::If(ifd) => {
                        let c = self.eval_d(&ifd.if_expr.cond_expr, scope, d);
                        match c.as_bool() {
                            Some(true) => {
                                self.template_into(&ifd.if_expr.template, scope, d, out, unknowns)
                            }
                            Some(false) => {
                                if let Some(e) = &ifd.else_expr {
                                    self.template_into(&e.template, scope, d, out, unknowns)
                                }
                            }
                            None => unknowns.push(c),
                        }
                    }
                    Directive::For(fd) => {
                        let coll = self.eval_d(&fd.for_expr.collection_expr, scope, d);
                        let pairs = match iter_pairs(&coll) {
                            Ok(p) => p,
                            Err(u) => {
                                unknowns.push(u);
                                continue;
                            }
                        };
                        for (k, v) in pairs {
                            let mut s = scope.clone();
                            if let Some(kv) = &fd.for_expr.key_var {
                                s = s.with(kv.value().as_str(), k);
                            }
                            s = s.with(fd.for_expr.value_var.value().as_str(), v);
                            self.template_into(&fd.for_expr.template, &s, d, out, unknowns);
                            if out.len() > 16 * 1024 * 1024 {
                                unknowns.push(Val::unknown("template output too large"));
                                return;
                            }
                        }
                    }
                },
            }
        }
    }

    fn for_expr(&self, f: &ForExpr, scope: &Scope, d: usize) -> Val {
        let coll = self.eval_d(&f.intro.collection_expr, scope, d);
        let pairs = match iter_pairs(&coll) {
            Ok(p) => p,
            Err(u) => return u,
        };
        if pairs.len() > MAX_COLLECTION {
            return Val::unknown("for expression over too many elements");
        }
        let key_var = f.intro.key_var.as_ref().map(|k| k.value().as_str());
        let val_var = f.intro.value_var.value().as_str();
        let mut list = Vec::new();
        let mut map: IndexMap<String, Val> = IndexMap::new();
        for (k, v) in pairs {
            let mut s = scope.clone();
            if let Some(kv) = key_var {
                s = s.with(kv, k);
            }
            s = s.with(val_var, v);
            if let Some(c) = &f.cond {
                match self.eval_d(&c.expr, &s, d).as_bool() {
                    Some(true) => {}
                    Some(false) => continue,
                    None => return Val::unknown("for expression condition is not known"),
                }
            }
            let value = self.eval_d(&f.value_expr, &s, d);
            match &f.key_expr {
                None => list.push(value),
                Some(ke) => {
                    let key = match self.eval_d(ke, &s, d) {
                        Val::Unknown(u) => return Val::Unknown(u),
                        other => match other.as_string() {
                            Some(k) => k,
                            None => {
                                return Val::unknown("error: for expression key is not a string")
                            }
                        },
                    };
                    if f.grouping {
                        match map.entry(key).or_insert_with(|| Val::List(Vec::new())) {
                            Val::List(l) => l.push(value),
                            _ => unreachable_list(),
                        }
                    } else {
                        map.insert(key, value);
                    }
                }
            }
        }
        if f.key_expr.is_some() {
            Val::Map(map)
        } else {
            Val::List(list)
        }
    }
}

fn unreachable_list() {}

/// Iterates a collection as `(key, value)` pairs: lists give indices, maps give keys in
/// lexical order (as Terraform iterates maps and objects).
pub fn iter_pairs(coll: &Val) -> Result<Vec<(Val, Val)>, Val> {
    match coll {
        Val::List(l) => Ok(l
            .iter()
            .enumerate()
            .map(|(i, v)| (Val::Num(i as f64), v.clone()))
            .collect()),
        Val::Map(m) => {
            let mut pairs: Vec<(&String, &Val)> = m.iter().collect();
            pairs.sort_by(|a, b| a.0.cmp(b.0));
            Ok(pairs
                .into_iter()
                .map(|(k, v)| (Val::Str(k.clone()), v.clone()))
                .collect())
        }
        Val::Null => Ok(Vec::new()),
        Val::Unknown(_) => Err(coll.clone()),
        other => Err(Val::unknown(format!(
            "error: cannot iterate over a {}",
            other.type_name()
        ))),
    }
}

pub fn get_attr(v: &Val, name: &str) -> Val {
    match v {
        Val::Map(m) => m
            .get(name)
            .cloned()
            .unwrap_or_else(|| Val::unknown(format!("error: no attribute `{name}`"))),
        Val::Unknown(_) => v.clone(),
        Val::Null => Val::unknown(format!("error: attribute `{name}` of null")),
        // Attribute access on a list of one object (e.g. a nested block) is an error in
        // Terraform; keep it unknown rather than guessing.
        other => Val::unknown(format!(
            "error: cannot read `{name}` of a {}",
            other.type_name()
        )),
    }
}

pub fn index(v: &Val, k: &Val) -> Val {
    match (v, k) {
        (Val::Unknown(_), _) => v.clone(),
        (_, Val::Unknown(_)) => k.clone(),
        (Val::List(l), k) => match k.as_num() {
            Some(n) if n >= 0.0 && (n as usize) < l.len() => l[n as usize].clone(),
            _ => Val::unknown("error: index out of range"),
        },
        (Val::Map(m), k) => match k.as_string() {
            Some(s) => m
                .get(&s)
                .cloned()
                .unwrap_or_else(|| Val::unknown(format!("error: no key `{s}`"))),
            None => Val::unknown("error: bad map key"),
        },
        _ => Val::unknown("error: cannot index this value"),
    }
}

fn binary(op: BinaryOperator, l: &Val, r: &Val) -> Val {
    use BinaryOperator::*;
    if l.contains_unknown() || r.contains_unknown() {
        // Equality with a known different-typed value is still unknown in Terraform.
        return merge_unknowns([l, r], "operand is not known");
    }
    match op {
        Eq => Val::Bool(vals_equal(l, r)),
        NotEq => Val::Bool(!vals_equal(l, r)),
        And | Or => match (l.as_bool(), r.as_bool()) {
            (Some(a), Some(b)) => Val::Bool(if op == And { a && b } else { a || b }),
            _ => Val::unknown("error: logical operator needs bools"),
        },
        _ => {
            let (Some(a), Some(b)) = (l.as_num(), r.as_num()) else {
                return Val::unknown("error: arithmetic needs numbers");
            };
            match op {
                Plus => Val::Num(a + b),
                Minus => Val::Num(a - b),
                Mul => Val::Num(a * b),
                Div => {
                    if b == 0.0 {
                        Val::unknown("error: division by zero")
                    } else {
                        Val::Num(a / b)
                    }
                }
                Mod => {
                    if b == 0.0 {
                        Val::unknown("error: modulo by zero")
                    } else {
                        Val::Num(a % b)
                    }
                }
                Less => Val::Bool(a < b),
                LessEq => Val::Bool(a <= b),
                Greater => Val::Bool(a > b),
                GreaterEq => Val::Bool(a >= b),
                _ => Val::unknown("error: unsupported operator"),
            }
        }
    }
}

fn vals_equal(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::Num(x), Val::Num(y)) => x == y,
        (Val::Str(x), Val::Num(y)) | (Val::Num(y), Val::Str(x)) => {
            // Terraform compares different types as unequal; keep that.
            let _ = (x, y);
            false
        }
        _ => a == b,
    }
}

/// A string key for an instance: `[0]` or `["name"]`.
pub fn instance_key(k: &Val) -> String {
    match k {
        Val::Num(n) => format!("[{}]", fmt_num(*n)),
        Val::Str(s) => format!("[{}]", serde_json::Value::String(s.clone())),
        _ => "[?]".to_string(),
    }
}
