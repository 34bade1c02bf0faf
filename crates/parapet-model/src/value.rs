//! Values with provenance: every field knows whether it was written, defaulted or unknown, and
//! where it came from.

use crate::span::Origin;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

/// How sure the model is of a value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State<T> {
    /// Written in the source (or read from the cloud API).
    Explicit(T),
    /// Not written; the provider's documented default applies.
    Defaulted(T),
    /// Could not be resolved (an unresolved expression, a computed attribute, a denied API
    /// call). Rules Skip on unknown values, never Fail.
    Unknown(String),
}

/// A typed field of the model with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Value<T> {
    #[serde(flatten)]
    pub state: State<T>,
    pub origin: Origin,
}

impl<T> Value<T> {
    pub fn explicit(v: T, origin: Origin) -> Self {
        Value {
            state: State::Explicit(v),
            origin,
        }
    }

    pub fn defaulted(v: T, origin: Origin) -> Self {
        Value {
            state: State::Defaulted(v),
            origin,
        }
    }

    pub fn unknown(reason: impl Into<String>, origin: Origin) -> Self {
        Value {
            state: State::Unknown(reason.into()),
            origin,
        }
    }

    /// The value if it is known (explicit or defaulted).
    pub fn get(&self) -> Option<&T> {
        match &self.state {
            State::Explicit(v) | State::Defaulted(v) => Some(v),
            State::Unknown(_) => None,
        }
    }

    pub fn is_known(&self) -> bool {
        !matches!(self.state, State::Unknown(_))
    }

    pub fn is_explicit(&self) -> bool {
        matches!(self.state, State::Explicit(_))
    }

    pub fn is_defaulted(&self) -> bool {
        matches!(self.state, State::Defaulted(_))
    }

    pub fn unknown_reason(&self) -> Option<&str> {
        match &self.state {
            State::Unknown(r) => Some(r),
            _ => None,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Value<U> {
        let state = match self.state {
            State::Explicit(v) => State::Explicit(f(v)),
            State::Defaulted(v) => State::Defaulted(f(v)),
            State::Unknown(r) => State::Unknown(r),
        };
        Value {
            state,
            origin: self.origin,
        }
    }
}

/// A resolved configuration tree as a frontend sees it, before it is adapted into the typed
/// model. Each node carries its origin; unknown nodes carry the references that made them
/// unknown, so adapters can still join resources and draw graph edges.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub v: Dyn,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dyn {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    List(Vec<Node>),
    Map(IndexMap<String, Node>),
    Unknown(Unknown),
}

/// Why a value is unknown, and which other resources it referred to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Unknown {
    pub reason: String,
    /// Addresses of the resources the expression referred to, e.g. `aws_s3_bucket.logs` or
    /// `LogsBucket`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refs: Vec<String>,
    /// The structure of a value unknown as a whole but known in parts: Terraform's
    /// `jsonencode` of a map with unresolved leaves is an unknown string, and this keeps the
    /// map (those leaves unknown) so a policy document can still be read statement by
    /// statement. Only readers that ask for it look here; to everything else the value is
    /// simply unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial: Option<Box<Node>>,
}

impl Node {
    pub fn new(v: Dyn, origin: Origin) -> Self {
        Node { v, origin }
    }

    pub fn unknown(reason: impl Into<String>, refs: Vec<String>, origin: Origin) -> Self {
        Node {
            v: Dyn::Unknown(Unknown {
                reason: reason.into(),
                refs,
                partial: None,
            }),
            origin,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.v {
            Dyn::Map(m) => m.get(key),
            _ => None,
        }
    }

    /// Follows a path of map keys.
    pub fn path(&self, keys: &[&str]) -> Option<&Node> {
        let mut n = self;
        for k in keys {
            n = n.get(k)?;
        }
        Some(n)
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self.v, Dyn::Unknown(_))
    }

    pub fn is_null(&self) -> bool {
        matches!(self.v, Dyn::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.v {
            Dyn::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[Node]> {
        match &self.v {
            Dyn::List(l) => Some(l),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&IndexMap<String, Node>> {
        match &self.v {
            Dyn::Map(m) => Some(m),
            _ => None,
        }
    }

    /// The references of an unknown node, or of any unknown node below it.
    pub fn refs(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.collect_refs(&mut out);
        out
    }

    fn collect_refs(&self, out: &mut Vec<String>) {
        match &self.v {
            Dyn::Unknown(u) => {
                for r in &u.refs {
                    if !out.contains(r) {
                        out.push(r.clone());
                    }
                }
            }
            Dyn::List(l) => l.iter().for_each(|n| n.collect_refs(out)),
            Dyn::Map(m) => m.values().for_each(|n| n.collect_refs(out)),
            _ => {}
        }
    }

    /// Whether the node or anything below it is unknown.
    pub fn contains_unknown(&self) -> bool {
        match &self.v {
            Dyn::Unknown(_) => true,
            Dyn::List(l) => l.iter().any(Node::contains_unknown),
            Dyn::Map(m) => m.values().any(Node::contains_unknown),
            _ => false,
        }
    }

    /// Converts to plain JSON; unknown values become `null`.
    pub fn to_json(&self) -> serde_json::Value {
        match &self.v {
            Dyn::Null | Dyn::Unknown(_) => serde_json::Value::Null,
            Dyn::Bool(b) => (*b).into(),
            Dyn::Number(n) => number_json(*n),
            Dyn::String(s) => s.clone().into(),
            Dyn::List(l) => l.iter().map(Node::to_json).collect(),
            Dyn::Map(m) => m
                .iter()
                .map(|(k, v)| (k.clone(), v.to_json()))
                .collect::<serde_json::Map<_, _>>()
                .into(),
        }
    }

    /// Builds a node tree from JSON, every node with the same origin.
    pub fn from_json(v: &serde_json::Value, origin: &Origin) -> Node {
        let d = match v {
            serde_json::Value::Null => Dyn::Null,
            serde_json::Value::Bool(b) => Dyn::Bool(*b),
            serde_json::Value::Number(n) => Dyn::Number(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Dyn::String(s.clone()),
            serde_json::Value::Array(a) => {
                Dyn::List(a.iter().map(|x| Node::from_json(x, origin)).collect())
            }
            serde_json::Value::Object(o) => Dyn::Map(
                o.iter()
                    .map(|(k, x)| (k.clone(), Node::from_json(x, origin)))
                    .collect(),
            ),
        };
        Node::new(d, origin.clone())
    }
}

pub fn number_json(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        (n as i64).into()
    } else {
        serde_json::Number::from_f64(n)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null)
    }
}

/// Conversions from an optional attribute node to a typed [`Value`].
///
/// `fallback` is where a missing attribute points: the resource (or nested block) header.
pub mod conv {
    use super::*;

    fn unknown_reason(n: &Node) -> String {
        match &n.v {
            Dyn::Unknown(u) => u.reason.clone(),
            other => format!("expected a different type, found {}", type_name(other)),
        }
    }

    pub fn type_name(d: &Dyn) -> &'static str {
        match d {
            Dyn::Null => "null",
            Dyn::Bool(_) => "bool",
            Dyn::Number(_) => "number",
            Dyn::String(_) => "string",
            Dyn::List(_) => "list",
            Dyn::Map(_) => "map",
            Dyn::Unknown(_) => "unknown",
        }
    }

    /// A boolean attribute; strings "true"/"false" are accepted as Terraform and
    /// CloudFormation both coerce them.
    pub fn bool(n: Option<&Node>, default: bool, fallback: &Origin) -> Value<bool> {
        match n {
            None => Value::defaulted(default, fallback.clone()),
            Some(n) => match &n.v {
                Dyn::Null => Value::defaulted(default, n.origin.clone()),
                Dyn::Bool(b) => Value::explicit(*b, n.origin.clone()),
                Dyn::String(s) if s.eq_ignore_ascii_case("true") => {
                    Value::explicit(true, n.origin.clone())
                }
                Dyn::String(s) if s.eq_ignore_ascii_case("false") => {
                    Value::explicit(false, n.origin.clone())
                }
                _ => Value::unknown(unknown_reason(n), n.origin.clone()),
            },
        }
    }

    /// An optional boolean attribute: `None` when not written (or null).
    pub fn opt_bool(n: Option<&Node>, fallback: &Origin) -> Value<Option<bool>> {
        match n {
            None => Value::defaulted(None, fallback.clone()),
            Some(x) if x.is_null() => Value::defaulted(None, x.origin.clone()),
            Some(x) => bool(Some(x), false, fallback).map(Some),
        }
    }

    /// A boolean encryption-like setting with a documented default, unless a source it is
    /// inherited from is set (a snapshot, a replication source): then only a written `true` (which
    /// encrypts the copy) stands, and anything else is `Unknown` — the source decides.
    pub fn bool_or_inherited(
        n: Option<&Node>,
        default: bool,
        inherited: Option<&str>,
        fallback: &Origin,
    ) -> Value<bool> {
        let v = bool(n, default, fallback);
        match inherited {
            Some(why) if v.get() != Some(&true) => {
                let origin = v.origin.clone();
                match v.unknown_reason() {
                    Some(r) => Value::unknown(r.to_string(), origin),
                    None => Value::unknown(why, origin),
                }
            }
            _ => v,
        }
    }

    /// An optional string attribute: `None` when not written.
    pub fn opt_string(n: Option<&Node>, fallback: &Origin) -> Value<Option<String>> {
        match n {
            None => Value::defaulted(None, fallback.clone()),
            Some(n) => match &n.v {
                Dyn::Null => Value::defaulted(None, n.origin.clone()),
                Dyn::String(s) => Value::explicit(Some(s.clone()), n.origin.clone()),
                Dyn::Number(x) => {
                    Value::explicit(Some(number_json(*x).to_string()), n.origin.clone())
                }
                Dyn::Bool(b) => Value::explicit(Some(b.to_string()), n.origin.clone()),
                _ => Value::unknown(unknown_reason(n), n.origin.clone()),
            },
        }
    }

    /// A string attribute with a documented default.
    pub fn string(n: Option<&Node>, default: &str, fallback: &Origin) -> Value<String> {
        let v = opt_string(n, fallback);
        let defaulted = v.is_defaulted();
        let origin = v.origin.clone();
        match v.state {
            State::Explicit(Some(s)) => Value::explicit(s, origin),
            State::Unknown(r) => Value::unknown(r, origin),
            _ if defaulted => Value::defaulted(default.to_string(), origin),
            _ => Value::defaulted(default.to_string(), origin),
        }
    }

    /// An integer attribute (numbers and numeric strings).
    pub fn opt_int(n: Option<&Node>, fallback: &Origin) -> Value<Option<i64>> {
        match n {
            None => Value::defaulted(None, fallback.clone()),
            Some(n) => match &n.v {
                Dyn::Null => Value::defaulted(None, n.origin.clone()),
                Dyn::Number(x) => Value::explicit(Some(*x as i64), n.origin.clone()),
                Dyn::String(s) => match s.trim().parse::<i64>() {
                    Ok(i) => Value::explicit(Some(i), n.origin.clone()),
                    Err(_) => {
                        Value::unknown(format!("`{s}` is not a whole number"), n.origin.clone())
                    }
                },
                _ => Value::unknown(unknown_reason(n), n.origin.clone()),
            },
        }
    }

    /// A list of strings; a single string is taken as a one-element list.
    pub fn strings(n: Option<&Node>, fallback: &Origin) -> Value<Vec<String>> {
        match n {
            None => Value::defaulted(Vec::new(), fallback.clone()),
            Some(n) => match &n.v {
                Dyn::Null => Value::defaulted(Vec::new(), n.origin.clone()),
                Dyn::String(s) => Value::explicit(vec![s.clone()], n.origin.clone()),
                Dyn::List(items) => {
                    let mut out = Vec::new();
                    for i in items {
                        match &i.v {
                            Dyn::String(s) => out.push(s.clone()),
                            Dyn::Null => {}
                            _ => return Value::unknown(unknown_reason(i), i.origin.clone()),
                        }
                    }
                    Value::explicit(out, n.origin.clone())
                }
                _ => Value::unknown(unknown_reason(n), n.origin.clone()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_keep_provenance() {
        let o = Origin::Synthetic;
        let t = Node::new(Dyn::String("TRUE".into()), o.clone());
        assert_eq!(conv::bool(Some(&t), false, &o).get(), Some(&true));
        assert!(conv::bool(Some(&t), false, &o).is_explicit());
        assert!(conv::bool(None, true, &o).is_defaulted());
        let u = Node::unknown("var.x is not set", vec![], o.clone());
        let v = conv::bool(Some(&u), false, &o);
        assert_eq!(v.unknown_reason(), Some("var.x is not set"));
        let n = Node::new(Dyn::String("22".into()), o.clone());
        assert_eq!(conv::opt_int(Some(&n), &o).get(), Some(&Some(22)));
        let s = conv::string(None, "AES256", &o);
        assert!(s.is_defaulted());
        assert_eq!(s.get().map(String::as_str), Some("AES256"));
        assert_eq!(conv::opt_bool(Some(&t), &o).get(), Some(&Some(true)));
        let null = Node::new(Dyn::Null, o.clone());
        for b in [conv::opt_bool(None, &o), conv::opt_bool(Some(&null), &o)] {
            assert!(b.is_defaulted());
            assert_eq!(b.get(), Some(&None));
        }
    }

    #[test]
    fn refs_are_collected_from_nested_unknowns() {
        let o = Origin::Synthetic;
        let mut m = IndexMap::new();
        m.insert(
            "a".to_string(),
            Node::unknown("computed", vec!["aws_s3_bucket.b".into()], o.clone()),
        );
        let n = Node::new(Dyn::Map(m), o);
        assert_eq!(n.refs(), vec!["aws_s3_bucket.b".to_string()]);
        assert!(n.contains_unknown());
    }
}
