//! The intrinsic functions that take arguments.

use super::*;

impl Ctx<'_> {
    pub(super) fn get_att(&mut self, y: &YNode, c: Call<'_>) -> Node {
        let (res, attr): (&str, Result<String, Node>) = match &c.arg.kind {
            YKind::Scalar(s, _) if c.untagged || c.arg.tag.is_none() => match s.split_once('.') {
                Some((r, a)) => (r, Ok(a.to_string())),
                None => {
                    self.error(
                        "cfn-intrinsic",
                        y,
                        "Fn::GetAtt expects `Resource.Attribute`",
                    );
                    return self.unknown(y, "invalid Fn::GetAtt", vec![]);
                }
            },
            YKind::Seq(items) if items.len() == 2 && items[0].as_str().is_some() => {
                let res = items[0].as_str().unwrap_or_default();
                let attr = match self.eval(&items[1]) {
                    Some(n) => match scalar_text(&n) {
                        Some(s) => Ok(s),
                        None => Err(n),
                    },
                    None => Err(self.null(y)),
                };
                (res, attr)
            }
            _ => {
                self.error(
                    "cfn-intrinsic",
                    y,
                    "Fn::GetAtt expects [Resource, Attribute] or `Resource.Attribute`",
                );
                return self.unknown(y, "invalid Fn::GetAtt", vec![]);
            }
        };
        let attr = attr.unwrap_or_else(|_| "?".into());
        self.attribute(y, res, &attr)
    }

    pub(super) fn attribute(&mut self, y: &YNode, res: &str, attr: &str) -> Node {
        match self.resources.get(res) {
            Some(d) => {
                let index = d.index;
                self.edge_from_current(index, EdgeKind::References);
                self.unknown(
                    y,
                    format!("`{res}.{attr}` is known only after the stack is deployed"),
                    vec![format!("Resources.{res}")],
                )
            }
            None => self.undeclared(y, res),
        }
    }

    pub(super) fn sub(&mut self, y: &YNode, c: Call<'_>) -> Node {
        let (tmpl, vars) = match &c.arg.kind {
            YKind::Scalar(..) if c.untagged || c.arg.tag.is_none() => (c.arg, None),
            YKind::Seq(items) if items.len() == 2 => (&items[0], Some(&items[1])),
            YKind::Seq(items) if items.len() == 1 => (&items[0], None),
            _ => {
                self.error(
                    "cfn-intrinsic",
                    y,
                    "Fn::Sub expects a string or [string, {variables}]",
                );
                return self.unknown(y, "invalid Fn::Sub", vec![]);
            }
        };
        let Some(text) = tmpl
            .as_str()
            .filter(|_| tmpl.tag.is_none() || std::ptr::eq(tmpl, c.arg))
        else {
            self.error(
                "cfn-intrinsic",
                tmpl,
                "the template of Fn::Sub must be a string",
            );
            return self.unknown(y, "invalid Fn::Sub", vec![]);
        };
        let mut values: HashMap<String, Option<Node>> = HashMap::new();
        if let Some(vars) = vars {
            match vars.as_map() {
                Some(entries) => {
                    for (k, v) in entries {
                        let name = k.as_str().unwrap_or_default().to_string();
                        let n = self.eval(v);
                        values.insert(name, n);
                    }
                }
                None => {
                    self.error(
                        "cfn-intrinsic",
                        vars,
                        "the variables of Fn::Sub must be a map",
                    );
                    return self.unknown(y, "invalid Fn::Sub", vec![]);
                }
            }
        }
        let mut out = String::new();
        let mut unknowns: Vec<Node> = Vec::new();
        for part in sub::parse(text) {
            match part {
                sub::Part::Lit(s) => out.push_str(&s),
                sub::Part::Var(name) => {
                    let v = match values.get(&name) {
                        Some(v) => v.clone(),
                        None => match name.split_once('.') {
                            Some((res, attr)) if !self.params.contains_key(&name) => {
                                Some(self.attribute(y, res, attr))
                            }
                            _ => self.resolve_ref(&name, y),
                        },
                    };
                    match v {
                        None => {}
                        Some(n) => match scalar_text(&n) {
                            Some(s) => out.push_str(&s),
                            None if n.is_unknown() => unknowns.push(n),
                            None => {
                                self.error(
                                    "cfn-intrinsic",
                                    y,
                                    format!("the Fn::Sub variable `{name}` is not a string"),
                                );
                                unknowns.push(self.unknown(y, "invalid Fn::Sub", vec![]));
                            }
                        },
                    }
                }
            }
        }
        if unknowns.is_empty() {
            Node::new(Dyn::String(out), self.origin(y))
        } else {
            let refs: Vec<&Node> = unknowns.iter().collect();
            self.propagate(y, &refs)
        }
    }

    pub(super) fn fn_if(&mut self, y: &YNode, c: Call<'_>) -> Option<Node> {
        let Some([name, a, b]) = c.arg.as_seq() else {
            self.error(
                "cfn-intrinsic",
                y,
                "Fn::If expects [condition, value if true, value if false]",
            );
            return Some(self.unknown(y, "invalid Fn::If", vec![]));
        };
        let Some(name) = name.as_str().filter(|_| name.tag.is_none()) else {
            self.error(
                "cfn-intrinsic",
                name,
                "Fn::If expects the name of a condition first",
            );
            return Some(self.unknown(y, "invalid Fn::If", vec![]));
        };
        let Some(&cid) = self.conds.ids.get(name) else {
            self.error(
                "cfn-unresolved",
                y,
                format!("condition `{name}` is not declared in `Conditions`"),
            );
            return Some(self.unknown(y, format!("condition `{name}` is not declared"), vec![]));
        };
        match self.decide(cid, &self.assumptions.clone()) {
            Decision::True => self.eval(a),
            Decision::False => self.eval(b),
            Decision::Unknown(reason) => {
                self.assumptions.push((cid, true));
                let x = self.eval(a);
                self.assumptions.pop();
                self.assumptions.push((cid, false));
                let z = self.eval(b);
                self.assumptions.pop();
                join(x, z, &reason, &self.origin(y))
            }
        }
    }

    pub(super) fn join(&mut self, y: &YNode, c: Call<'_>) -> Node {
        let args = match self.list_arg(y, c, 2, 2, "[delimiter, [values]]") {
            Ok(a) => a,
            Err(n) => return n,
        };
        let (delim, list) = (&args[0], &args[1]);
        if delim.is_unknown() || list.is_unknown() {
            return self.propagate(y, &[delim, list]);
        }
        let (Some(delim), Some(items)) = (scalar_text(delim), list.as_list()) else {
            self.error("cfn-intrinsic", y, "Fn::Join expects [delimiter, [values]]");
            return self.unknown(y, "invalid Fn::Join", vec![]);
        };
        let mut parts = Vec::new();
        for i in items {
            match scalar_text(i) {
                Some(s) => parts.push(s),
                None if i.is_unknown() => {
                    let all: Vec<&Node> = items.iter().collect();
                    return self.propagate(y, &all);
                }
                None => {
                    self.error("cfn-intrinsic", y, "Fn::Join can only join strings");
                    return self.unknown(y, "invalid Fn::Join", vec![]);
                }
            }
        }
        Node::new(Dyn::String(parts.join(&delim)), self.origin(y))
    }

    pub(super) fn select(&mut self, y: &YNode, c: Call<'_>) -> Node {
        let args = match self.list_arg(y, c, 2, 2, "[index, list]") {
            Ok(a) => a,
            Err(n) => return n,
        };
        let (index, list) = (&args[0], &args[1]);
        if index.is_unknown() {
            return self.propagate(y, &[index, list]);
        }
        let Some(i) = scalar_text(index).and_then(|s| s.trim().parse::<usize>().ok()) else {
            self.error(
                "cfn-intrinsic",
                y,
                "the index of Fn::Select must be a whole number",
            );
            return self.unknown(y, "invalid Fn::Select", vec![]);
        };
        match &list.v {
            Dyn::Unknown(_) => self.propagate(y, &[list]),
            Dyn::List(items) => match items.get(i) {
                Some(n) => n.clone(),
                None => {
                    self.error(
                        "cfn-intrinsic",
                        y,
                        format!(
                            "Fn::Select index {i} is out of range (the list has {})",
                            items.len()
                        ),
                    );
                    self.unknown(y, "Fn::Select index out of range", vec![])
                }
            },
            _ => {
                self.error("cfn-intrinsic", y, "Fn::Select expects [index, list]");
                self.unknown(y, "invalid Fn::Select", vec![])
            }
        }
    }

    pub(super) fn split(&mut self, y: &YNode, c: Call<'_>) -> Node {
        let args = match self.list_arg(y, c, 2, 2, "[delimiter, string]") {
            Ok(a) => a,
            Err(n) => return n,
        };
        let (delim, source) = (&args[0], &args[1]);
        if delim.is_unknown() || source.is_unknown() {
            return self.propagate(y, &[delim, source]);
        }
        let (Some(d), Some(s)) = (scalar_text(delim), scalar_text(source)) else {
            self.error("cfn-intrinsic", y, "Fn::Split expects [delimiter, string]");
            return self.unknown(y, "invalid Fn::Split", vec![]);
        };
        let origin = self.origin(y);
        let items: Vec<Node> = if d.is_empty() {
            vec![Node::new(Dyn::String(s), origin.clone())]
        } else {
            s.split(d.as_str())
                .map(|p| Node::new(Dyn::String(p.to_string()), origin.clone()))
                .collect()
        };
        Node::new(Dyn::List(items), origin)
    }

    pub(super) fn find_in_map(&mut self, y: &YNode, c: Call<'_>) -> Node {
        let args = match self.list_arg(y, c, 3, 4, "[MapName, TopLevelKey, SecondLevelKey]") {
            Ok(a) => a,
            Err(n) => return n,
        };
        if args[0].is_unknown() {
            return self.propagate(y, &[&args[0]]);
        }
        let origin = self.origin(y);
        let default = args
            .get(3)
            .and_then(|d| d.get("DefaultValue"))
            .map(|d| with_origin(d, &origin));
        let Some(map_name) = scalar_text(&args[0]) else {
            self.error(
                "cfn-intrinsic",
                y,
                "the map name of Fn::FindInMap must be a string",
            );
            return self.unknown(y, "invalid Fn::FindInMap", vec![]);
        };
        let Some(map) = self.mappings.and_then(|m| m.get(&map_name)) else {
            self.error(
                "cfn-unresolved",
                y,
                format!("mapping `{map_name}` is not declared in `Mappings`"),
            );
            return self.unknown(y, format!("mapping `{map_name}` is not declared"), vec![]);
        };
        let k1 = scalar_text(&args[1]);
        let k2 = scalar_text(&args[2]);
        for (k, n) in [(&k1, &args[1]), (&k2, &args[2])] {
            if k.is_none() && !n.is_unknown() {
                self.error(
                    "cfn-intrinsic",
                    y,
                    "the keys of Fn::FindInMap must be strings",
                );
                return self.unknown(y, "invalid Fn::FindInMap", vec![]);
            }
        }
        let (file, idx) = (self.file, self.idx);
        let to_node = |v: &YNode| with_origin(&v.to_node(file, idx), &origin);
        match (&k1, &k2) {
            (Some(a), Some(b)) => match map.get(a).and_then(|t| t.get(b)) {
                Some(v) => to_node(v),
                None => match default {
                    Some(d) => d,
                    None => {
                        self.warning(
                            "cfn-unresolved",
                            y,
                            format!("mapping `{map_name}` has no entry `{a}` / `{b}`"),
                        );
                        self.unknown(
                            y,
                            format!("mapping `{map_name}` has no entry `{a}` / `{b}`"),
                            vec![],
                        )
                    }
                },
            },
            _ => {
                // An unknown key: the value is known if every candidate agrees.
                let mut candidates: Vec<Node> = Vec::new();
                let mut complete = true;
                match (&k1, &k2) {
                    (None, Some(b)) => {
                        for (_, top) in map.as_map().unwrap_or_default() {
                            match top.get(b) {
                                Some(v) => candidates.push(to_node(v)),
                                None => complete = false,
                            }
                        }
                    }
                    (Some(a), None) => match map.get(a).and_then(YNode::as_map) {
                        Some(entries) => candidates.extend(entries.iter().map(|(_, v)| to_node(v))),
                        None => complete = false,
                    },
                    _ => complete = false,
                }
                let unknown = self.propagate(y, &[&args[1], &args[2]]);
                if !complete || candidates.is_empty() {
                    return unknown;
                }
                let reason = first_unknown(&unknown)
                    .map(|u| u.reason.clone())
                    .unwrap_or_default();
                let mut it = candidates.into_iter();
                let first = it.next();
                let merged = it.fold(first, |acc, n| join(acc, Some(n), &reason, &origin));
                match merged {
                    Some(n) if !n.contains_unknown() => n,
                    _ => unknown,
                }
            }
        }
    }

    pub(super) fn base64(&mut self, y: &YNode, c: Call<'_>) -> Node {
        let arg = self.arg(c).unwrap_or_else(|| self.null(y));
        if arg.is_unknown() {
            return self.propagate(y, &[&arg]);
        }
        match scalar_text(&arg) {
            Some(s) => Node::new(
                Dyn::String(base64::engine::general_purpose::STANDARD.encode(s)),
                self.origin(y),
            ),
            None => {
                self.error("cfn-intrinsic", y, "Fn::Base64 expects a string");
                self.unknown(y, "invalid Fn::Base64", vec![])
            }
        }
    }

    pub(super) fn cidr(&mut self, y: &YNode, c: Call<'_>) -> Node {
        let args = match self.list_arg(y, c, 3, 3, "[ipBlock, count, cidrBits]") {
            Ok(a) => a,
            Err(n) => return n,
        };
        if args.iter().any(Node::is_unknown) {
            let all: Vec<&Node> = args.iter().collect();
            return self.propagate(y, &all);
        }
        let block = scalar_text(&args[0]);
        let count = scalar_text(&args[1]).and_then(|s| s.trim().parse::<u64>().ok());
        let bits = scalar_text(&args[2]).and_then(|s| s.trim().parse::<u32>().ok());
        let (Some(block), Some(count), Some(bits)) = (block, count, bits) else {
            self.error(
                "cfn-intrinsic",
                y,
                "Fn::Cidr expects [ipBlock, count, cidrBits]",
            );
            return self.unknown(y, "invalid Fn::Cidr", vec![]);
        };
        match cidr::subnets(&block, count, bits) {
            Ok(list) => {
                let origin = self.origin(y);
                let items = list
                    .into_iter()
                    .map(|s| Node::new(Dyn::String(s), origin.clone()))
                    .collect();
                Node::new(Dyn::List(items), origin)
            }
            Err(e) => {
                self.error("cfn-intrinsic", y, format!("Fn::Cidr: {e}"));
                self.unknown(y, format!("invalid Fn::Cidr: {e}"), vec![])
            }
        }
    }
}
