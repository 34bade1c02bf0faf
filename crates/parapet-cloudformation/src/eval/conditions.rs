//! Compiling the `Conditions` section (and condition functions met elsewhere) into formulas.

use super::*;

impl Ctx<'_> {
    pub(super) fn compile_conditions(&mut self) {
        let root = self.root;
        let section = root.get("Conditions");
        let entries: Vec<(&YNode, &YNode)> = match section {
            None => Vec::new(),
            Some(s) => match s.as_map() {
                Some(m) => m.iter().map(|(k, v)| (k, v)).collect(),
                None => {
                    self.error("cfn-invalid", s, "`Conditions` is not a map");
                    Vec::new()
                }
            },
        };
        // The last definition of a name wins, as for every other map key.
        let mut bodies: IndexMap<String, (&YNode, &YNode)> = IndexMap::new();
        for (k, v) in entries {
            if let Some(name) = k.as_str() {
                bodies.insert(name.to_string(), (k, v));
            }
        }
        let names: Vec<String> = bodies.keys().cloned().collect();
        self.conds.declare(&names);
        let n = names.len();
        let deps: Vec<Vec<usize>> = bodies
            .values()
            .map(|(_, body)| {
                condition_refs(body)
                    .into_iter()
                    .filter_map(|r| self.conds.ids.get(r).copied())
                    .collect()
            })
            .collect();
        // Dependency order (post-order DFS, iterative) and cycles.
        let mut state = vec![0u8; n];
        let mut cyclic = vec![false; n];
        let mut order = Vec::with_capacity(n);
        let mut cycles: Vec<Vec<usize>> = Vec::new();
        for s in 0..n {
            if state[s] != 0 {
                continue;
            }
            state[s] = 1;
            let mut stack: Vec<(usize, usize)> = vec![(s, 0)];
            while let Some(top) = stack.last_mut() {
                let (v, i) = *top;
                if i < deps[v].len() {
                    top.1 += 1;
                    let w = deps[v][i];
                    match state[w] {
                        0 => {
                            state[w] = 1;
                            stack.push((w, 0));
                        }
                        1 => {
                            if let Some(pos) = stack.iter().position(|(x, _)| *x == w) {
                                let members: Vec<usize> =
                                    stack[pos..].iter().map(|(x, _)| *x).collect();
                                if !members.iter().all(|m| cyclic[*m]) {
                                    cycles.push(members.clone());
                                }
                                for m in members {
                                    cyclic[m] = true;
                                }
                            }
                        }
                        _ => {}
                    }
                } else {
                    state[v] = 2;
                    order.push(v);
                    stack.pop();
                }
            }
        }
        for cycle in cycles {
            let mut path: Vec<&str> = cycle.iter().map(|&c| names[c].as_str()).collect();
            path.push(&names[cycle[0]]);
            let key = bodies[cycle[0]].0;
            self.error(
                "cfn-condition-cycle",
                key,
                format!(
                    "condition `{}` depends on itself: {}",
                    names[cycle[0]],
                    path.join(" → ")
                ),
            );
        }
        for (pos, &c) in order.iter().enumerate() {
            let f = if cyclic[c] {
                F::Atom(
                    self.conds
                        .opaque(format!("condition `{}` is part of a cycle", names[c])),
                )
            } else {
                self.depth = 0;
                self.compile_expr(bodies[c].1)
            };
            self.conds.set(c, f, pos);
        }
        self.depth = 0;
    }

    /// Compiles a condition expression.
    pub(super) fn compile_expr(&mut self, y: &YNode) -> F {
        let Some(c) = raw::call(y, true) else {
            return match y.scalar() {
                Some(Scalar::Bool(b)) => F::Const(b),
                Some(Scalar::Str(s)) if s.eq_ignore_ascii_case("true") => F::Const(true),
                Some(Scalar::Str(s)) if s.eq_ignore_ascii_case("false") => F::Const(false),
                _ => {
                    self.error(
                        "cfn-intrinsic",
                        y,
                        "a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition",
                    );
                    F::Atom(self.conds.opaque("the condition is not valid".into()))
                }
            };
        };
        if self.depth >= MAX_DEPTH {
            self.limit(y);
            return F::Atom(self.conds.opaque("nested too deeply".into()));
        }
        self.depth += 1;
        let f = self.compile_call(y, c);
        self.depth -= 1;
        f
    }

    pub(super) fn compile_call(&mut self, y: &YNode, c: Call<'_>) -> F {
        let bad = |ctx: &mut Self, msg: &str| {
            ctx.error("cfn-intrinsic", y, msg);
            F::Atom(ctx.conds.opaque(format!("invalid {}", c.name)))
        };
        match c.name {
            "Fn::Equals" => match c.arg.as_seq() {
                Some([a, b]) => {
                    let a = self.eval(a).unwrap_or_else(|| self.null(y));
                    let b = self.eval(b).unwrap_or_else(|| self.null(y));
                    self.equals(&a, &b)
                }
                _ => bad(self, "Fn::Equals expects [value, value]"),
            },
            "Fn::And" | "Fn::Or" => match c.arg.as_seq() {
                Some(items) if !items.is_empty() => {
                    let fs = items.iter().map(|i| self.compile_expr(i)).collect();
                    if c.name == "Fn::And" {
                        F::And(fs)
                    } else {
                        F::Or(fs)
                    }
                }
                _ => bad(self, &format!("{} expects a list of conditions", c.name)),
            },
            "Fn::Not" => match c.arg.as_seq() {
                Some([x]) => F::Not(Box::new(self.compile_expr(x))),
                _ => bad(self, "Fn::Not expects a list of one condition"),
            },
            "Condition" => match c.arg.as_str() {
                Some(name) => match self.conds.ids.get(name) {
                    Some(&id) => F::Cond(id),
                    None => {
                        self.error(
                            "cfn-unresolved",
                            y,
                            format!("condition `{name}` is not declared in `Conditions`"),
                        );
                        F::Atom(
                            self.conds
                                .opaque(format!("condition `{name}` is not declared")),
                        )
                    }
                },
                None => bad(self, "Condition expects the name of a condition"),
            },
            _ => {
                let v = self.call_inner(y, c);
                match v.as_ref().map(|n| &n.v) {
                    Some(Dyn::Bool(b)) => F::Const(*b),
                    Some(Dyn::String(s)) if s.eq_ignore_ascii_case("true") => F::Const(true),
                    Some(Dyn::String(s)) if s.eq_ignore_ascii_case("false") => F::Const(false),
                    Some(Dyn::Unknown(u)) => {
                        let key = format!("?{}", ident(v.as_ref().unwrap_or(&self.null(y))));
                        F::Atom(self.conds.atom(
                            key,
                            Atom {
                                reason: u.reason.clone(),
                                subject: None,
                            },
                        ))
                    }
                    _ => bad(self, &format!("{} does not give a condition", c.name)),
                }
            }
        }
    }

    /// `Fn::Equals` over two evaluated values.
    pub(super) fn equals(&mut self, a: &Node, b: &Node) -> F {
        let (ka, kb) = (canon(a), canon(b));
        if let (Some(x), Some(y)) = (&ka, &kb) {
            return F::Const(x == y);
        }
        let (ia, ib) = (ident(a), ident(b));
        let key = if ia <= ib {
            format!("{ia}\u{0}{ib}")
        } else {
            format!("{ib}\u{0}{ia}")
        };
        let subject = match (ka, kb) {
            (None, Some(l)) => Some((ia, l)),
            (Some(l), None) => Some((ib, l)),
            _ => None,
        };
        let reason = first_unknown(a)
            .or_else(|| first_unknown(b))
            .map(|u| u.reason.clone())
            .unwrap_or_default();
        F::Atom(self.conds.atom(key, Atom { reason, subject }))
    }
}

/// The conditions a condition expression names (`!Condition X`, `{"Condition": "X"}`).
fn condition_refs(y: &YNode) -> Vec<&str> {
    let mut out = Vec::new();
    let mut stack = vec![y];
    while let Some(n) = stack.pop() {
        if let Some(c) = raw::call(n, true) {
            if c.name == "Condition" {
                if let Some(name) = c.arg.as_str() {
                    out.push(name);
                }
                continue;
            }
        }
        match &n.kind {
            YKind::Scalar(..) => {}
            YKind::Seq(items) => stack.extend(items.iter()),
            YKind::Map(entries) => stack.extend(entries.iter().map(|(_, v)| v)),
        }
    }
    out
}
