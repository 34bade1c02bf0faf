//! The value type of Terraform evaluation, with unknowns that remember what they referred to.

use indexmap::IndexMap;
use parapet_model::{Dyn, Node, Origin};

/// A Terraform value during evaluation. Objects and maps share one variant, as do lists,
/// tuples and sets (sets are kept sorted and deduplicated by the functions that make them).
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Val>),
    Map(IndexMap<String, Val>),
    /// Not known before apply or not resolvable offline. `refs` are the resource addresses that
    /// the expression referred to (for joins and graph edges).
    Unknown(Unk),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Unk {
    pub reason: String,
    pub refs: Vec<String>,
    /// The value's structure where it is known in parts (see
    /// `parapet_model::value::Unknown::partial`): set by `jsonencode`.
    pub partial: Option<Box<Val>>,
}

impl Val {
    pub fn unknown(reason: impl Into<String>) -> Val {
        Val::Unknown(Unk {
            reason: reason.into(),
            refs: Vec::new(),
            partial: None,
        })
    }

    pub fn unknown_ref(reason: impl Into<String>, r: impl Into<String>) -> Val {
        Val::Unknown(Unk {
            reason: reason.into(),
            refs: vec![r.into()],
            partial: None,
        })
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Val::Unknown(_))
    }

    /// Whether the value or any element of it is unknown.
    pub fn contains_unknown(&self) -> bool {
        match self {
            Val::Unknown(_) => true,
            Val::List(l) => l.iter().any(Val::contains_unknown),
            Val::Map(m) => m.values().any(Val::contains_unknown),
            _ => false,
        }
    }

    /// The first unknown found inside, merged with the refs of all unknowns inside. Its
    /// `partial` is dropped: it describes the value it came from, not what is computed from it.
    pub fn first_unknown(&self) -> Option<Unk> {
        let mut found: Option<Unk> = None;
        self.walk_unknowns(&mut |u| match &mut found {
            None => {
                found = Some(Unk {
                    partial: None,
                    ..u.clone()
                })
            }
            Some(f) => {
                for r in &u.refs {
                    if !f.refs.contains(r) {
                        f.refs.push(r.clone());
                    }
                }
            }
        });
        found
    }

    pub(crate) fn walk_unknowns(&self, f: &mut impl FnMut(&Unk)) {
        match self {
            Val::Unknown(u) => f(u),
            Val::List(l) => l.iter().for_each(|v| v.walk_unknowns(f)),
            Val::Map(m) => m.values().for_each(|v| v.walk_unknowns(f)),
            _ => {}
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Val::Null => "null",
            Val::Bool(_) => "bool",
            Val::Num(_) => "number",
            Val::Str(_) => "string",
            Val::List(_) => "list",
            Val::Map(_) => "object",
            Val::Unknown(_) => "unknown",
        }
    }

    /// Terraform's automatic conversion to string (numbers and bools convert).
    pub fn as_string(&self) -> Option<String> {
        match self {
            Val::Str(s) => Some(s.clone()),
            Val::Num(n) => Some(fmt_num(*n)),
            Val::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// Terraform's automatic conversion to number (numeric strings convert).
    pub fn as_num(&self) -> Option<f64> {
        match self {
            Val::Num(n) => Some(*n),
            Val::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// Terraform's automatic conversion to bool ("true"/"false" strings convert).
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Val::Bool(b) => Some(*b),
            Val::Str(s) if s == "true" => Some(true),
            Val::Str(s) if s == "false" => Some(false),
            _ => None,
        }
    }

    pub fn from_json(j: &serde_json::Value) -> Val {
        match j {
            serde_json::Value::Null => Val::Null,
            serde_json::Value::Bool(b) => Val::Bool(*b),
            serde_json::Value::Number(n) => Val::Num(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Val::Str(s.clone()),
            serde_json::Value::Array(a) => Val::List(a.iter().map(Val::from_json).collect()),
            serde_json::Value::Object(o) => Val::Map(
                o.iter()
                    .map(|(k, v)| (k.clone(), Val::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// Plain JSON; `None` if anything inside is unknown.
    pub fn to_json(&self) -> Option<serde_json::Value> {
        Some(match self {
            Val::Null => serde_json::Value::Null,
            Val::Bool(b) => (*b).into(),
            Val::Num(n) => parapet_model::value::number_json(*n),
            Val::Str(s) => s.clone().into(),
            Val::List(l) => l
                .iter()
                .map(Val::to_json)
                .collect::<Option<Vec<_>>>()?
                .into(),
            Val::Map(m) => {
                let mut o = serde_json::Map::new();
                for (k, v) in m {
                    o.insert(k.clone(), v.to_json()?);
                }
                o.into()
            }
            Val::Unknown(_) => return None,
        })
    }

    /// Converts a model node back into a value (unknowns keep their reasons and references).
    pub fn from_node(n: &Node) -> Val {
        match &n.v {
            Dyn::Null => Val::Null,
            Dyn::Bool(b) => Val::Bool(*b),
            Dyn::Number(x) => Val::Num(*x),
            Dyn::String(s) => Val::Str(s.clone()),
            Dyn::List(l) => Val::List(l.iter().map(Val::from_node).collect()),
            Dyn::Map(m) => Val::Map(
                m.iter()
                    .map(|(k, v)| (k.clone(), Val::from_node(v)))
                    .collect(),
            ),
            Dyn::Unknown(u) => Val::Unknown(Unk {
                reason: u.reason.clone(),
                refs: u.refs.clone(),
                partial: u.partial.as_ref().map(|p| Box::new(Val::from_node(p))),
            }),
        }
    }

    /// Converts to a model node; every node gets `origin`.
    pub fn to_node(&self, origin: &Origin) -> Node {
        let v = match self {
            Val::Null => Dyn::Null,
            Val::Bool(b) => Dyn::Bool(*b),
            Val::Num(n) => Dyn::Number(*n),
            Val::Str(s) => Dyn::String(s.clone()),
            Val::List(l) => Dyn::List(l.iter().map(|x| x.to_node(origin)).collect()),
            Val::Map(m) => Dyn::Map(
                m.iter()
                    .map(|(k, x)| (k.clone(), x.to_node(origin)))
                    .collect(),
            ),
            Val::Unknown(u) => {
                let mut n = Node::unknown(u.reason.clone(), u.refs.clone(), origin.clone());
                if let (Dyn::Unknown(x), Some(p)) = (&mut n.v, &u.partial) {
                    x.partial = Some(Box::new(p.to_node(origin)));
                }
                return n;
            }
        };
        Node::new(v, origin.clone())
    }
}

/// Formats a number the way Terraform prints it: integers without a fraction.
pub fn fmt_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
