//! Reading positioned YAML into provenance-carrying values.
//!
//! [`Obj`] is "a mapping expected at some place": present (with its node), absent (then its
//! origin is the nearest enclosing object, where a missing field points), or not a mapping at
//! all (then everything read from it is unknown, with the reason).

use parapet_model::k8s::fill::unknown_as;
use parapet_model::k8s::{StrMap, StringMap};
use parapet_model::{FileRef, LineIndex, Origin, Value};
use parapet_yaml::{Scalar, YKind, YNode};

pub(crate) struct Cx<'a> {
    pub file: &'a FileRef,
    pub idx: &'a LineIndex,
}

impl Cx<'_> {
    pub fn origin(&self, n: &YNode) -> Origin {
        Origin::Source(self.idx.span(self.file, n.start, n.end))
    }

    /// A zero-length origin at a byte offset.
    pub fn origin_at(&self, offset: usize) -> Origin {
        Origin::Source(self.idx.span(self.file, offset, offset))
    }
}

pub(crate) fn type_name(n: &YNode) -> &'static str {
    match &n.kind {
        YKind::Map(_) => "a map",
        YKind::Seq(_) => "a list",
        YKind::Scalar(..) => match n.scalar() {
            Some(Scalar::Null) => "null",
            Some(Scalar::Bool(_)) => "a boolean",
            Some(Scalar::Number(_)) => "a number",
            _ => "a string",
        },
    }
}

/// An unrendered template expression (Helm `{{ }}`, envsubst `${ }`).
pub(crate) fn is_template(s: &str) -> bool {
    s.contains("{{") || s.contains("${")
}

/// The text of a scalar, whatever its type (`None` for null and non-scalars).
pub(crate) fn raw_text(n: Option<&YNode>) -> Option<&str> {
    let n = n?;
    match n.scalar()? {
        Scalar::Null => None,
        _ => n.as_str(),
    }
}

/// A scalar as a string: `Ok(None)` for null, the text for strings, numbers and booleans.
fn scalar_string(n: &YNode, templates: bool) -> Result<Option<String>, String> {
    match n.scalar() {
        None => Err(format!("expected a string, found {}", type_name(n))),
        Some(Scalar::Null) => Ok(None),
        Some(_) => {
            let s = n.as_str().unwrap_or_default();
            if templates && is_template(s) {
                Err(format!("`{s}` is an unrendered template expression"))
            } else {
                Ok(Some(s.to_string()))
            }
        }
    }
}

/// Where a field is read from.
pub(crate) struct Slot<'a> {
    pub node: Option<&'a YNode>,
    pub fallback: Origin,
    pub bad: Option<String>,
}

impl Slot<'_> {
    /// Present and not null.
    pub fn present(&self) -> Option<&YNode> {
        self.node.filter(|n| !n.is_null())
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Obj<'a> {
    /// Set when the object is a mapping.
    pub node: Option<&'a YNode>,
    /// The mapping's origin, or where an absent one would be.
    pub origin: Origin,
    /// Why the content is unknown.
    pub bad: Option<String>,
}

impl<'a> Obj<'a> {
    /// An object node with an explicit origin for its absent fields (the resource header).
    pub fn with_origin(node: &'a YNode, origin: Origin) -> Obj<'a> {
        match node.kind {
            YKind::Map(_) => Obj {
                node: Some(node),
                origin,
                bad: None,
            },
            _ => Obj {
                node: None,
                bad: Some(format!("expected a map, found {}", type_name(node))),
                origin,
            },
        }
    }

    fn from_node(cx: &Cx, node: &'a YNode) -> Obj<'a> {
        Obj::with_origin(node, cx.origin(node))
    }

    fn unknown(&self) -> Obj<'a> {
        Obj {
            node: None,
            origin: self.origin.clone(),
            bad: self.bad.clone(),
        }
    }

    pub fn is_bad(&self) -> bool {
        self.bad.is_some()
    }

    pub fn get(&self, key: &str) -> Option<&'a YNode> {
        self.node.and_then(|n| n.get(key))
    }

    pub fn slot(&self, key: &str) -> Slot<'a> {
        Slot {
            node: self.get(key),
            fallback: self.origin.clone(),
            bad: self.bad.clone(),
        }
    }

    /// Whether the key is written with a non-null value.
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some_and(|n| !n.is_null())
    }

    /// A nested mapping.
    pub fn child(&self, cx: &Cx, key: &str) -> Obj<'a> {
        if self.bad.is_some() {
            return self.unknown();
        }
        match self.get(key) {
            Some(n) if !n.is_null() => Obj::from_node(cx, n),
            _ => Obj {
                node: None,
                origin: self.origin.clone(),
                bad: None,
            },
        }
    }

    /// A list of mappings. An unknown list is one element whose fields are all unknown.
    pub fn items(&self, cx: &Cx, key: &str) -> Vec<Obj<'a>> {
        if self.bad.is_some() {
            return vec![self.unknown()];
        }
        let Some(n) = self.get(key).filter(|n| !n.is_null()) else {
            return Vec::new();
        };
        match &n.kind {
            YKind::Seq(items) => items
                .iter()
                .filter(|i| !i.is_null())
                .map(|i| Obj::from_node(cx, i))
                .collect(),
            _ => vec![Obj {
                node: None,
                origin: cx.origin(n),
                bad: Some(format!("`{key}`: expected a list, found {}", type_name(n))),
            }],
        }
    }

    /// A presence flag: explicit `true` at the node when written, defaulted `false` here.
    pub fn present(&self, cx: &Cx, key: &str) -> Value<bool> {
        let s = self.slot(key);
        if let Some(r) = s.bad {
            return Value::unknown(r, s.fallback);
        }
        match s.present() {
            Some(n) => match (&n.kind, n.as_str()) {
                (YKind::Scalar(..), Some(t)) if is_template(t) => Value::unknown(
                    format!("`{t}` is an unrendered template expression"),
                    cx.origin(n),
                ),
                _ => Value::explicit(true, cx.origin(n)),
            },
            None => Value::defaulted(false, s.fallback),
        }
    }

    pub fn opt_bool(&self, cx: &Cx, key: &str) -> Value<Option<bool>> {
        let s = self.slot(key);
        if let Some(r) = s.bad {
            return Value::unknown(r, s.fallback);
        }
        let Some(n) = s.node else {
            return Value::defaulted(None, s.fallback);
        };
        let o = cx.origin(n);
        match n.scalar() {
            Some(Scalar::Null) => Value::defaulted(None, o),
            Some(Scalar::Bool(b)) => Value::explicit(Some(b), o),
            Some(Scalar::Str(t)) if t.eq_ignore_ascii_case("true") => {
                Value::explicit(Some(true), o)
            }
            Some(Scalar::Str(t)) if t.eq_ignore_ascii_case("false") => {
                Value::explicit(Some(false), o)
            }
            _ => Value::unknown(
                format!("`{key}`: expected a boolean, found {}", describe(n)),
                o,
            ),
        }
    }

    pub fn bool(&self, cx: &Cx, key: &str, default: bool) -> Value<bool> {
        self.opt_bool(cx, key).map(|b| b.unwrap_or(default))
    }

    pub fn opt_int(&self, cx: &Cx, key: &str) -> Value<Option<i64>> {
        let s = self.slot(key);
        if let Some(r) = s.bad {
            return Value::unknown(r, s.fallback);
        }
        let Some(n) = s.node else {
            return Value::defaulted(None, s.fallback);
        };
        let o = cx.origin(n);
        match n.scalar() {
            Some(Scalar::Null) => Value::defaulted(None, o),
            Some(Scalar::Number(x)) if x.fract() == 0.0 && x.abs() < 9.0e15 => {
                Value::explicit(Some(x as i64), o)
            }
            Some(Scalar::Str(t)) if t.trim().parse::<i64>().is_ok() => {
                Value::explicit(t.trim().parse::<i64>().ok(), o)
            }
            _ => Value::unknown(
                format!("`{key}`: expected a whole number, found {}", describe(n)),
                o,
            ),
        }
    }

    pub fn int(&self, cx: &Cx, key: &str, default: i64) -> Value<i64> {
        self.opt_int(cx, key).map(|i| i.unwrap_or(default))
    }

    pub fn opt_string(&self, cx: &Cx, key: &str) -> Value<Option<String>> {
        self.opt_string_t(cx, key, true)
    }

    /// Like [`Obj::opt_string`] but keeps template expressions as text (identities).
    pub fn opt_string_raw(&self, cx: &Cx, key: &str) -> Value<Option<String>> {
        self.opt_string_t(cx, key, false)
    }

    fn opt_string_t(&self, cx: &Cx, key: &str, templates: bool) -> Value<Option<String>> {
        let s = self.slot(key);
        if let Some(r) = s.bad {
            return Value::unknown(r, s.fallback);
        }
        let Some(n) = s.node else {
            return Value::defaulted(None, s.fallback);
        };
        let o = cx.origin(n);
        match scalar_string(n, templates) {
            Ok(Some(t)) => Value::explicit(Some(t), o),
            Ok(None) => Value::defaulted(None, o),
            Err(r) => Value::unknown(format!("`{key}`: {r}"), o),
        }
    }

    /// A string with a documented default.
    pub fn string(&self, cx: &Cx, key: &str, default: &str) -> Value<String> {
        self.opt_string(cx, key)
            .map(|s| s.unwrap_or_else(|| default.to_string()))
    }

    /// A required string: unknown when not written.
    pub fn req_string(&self, cx: &Cx, key: &str) -> Value<String> {
        let v = self.opt_string(cx, key);
        match v.get() {
            Some(Some(s)) if v.is_explicit() => Value::explicit(s.clone(), v.origin),
            Some(_) => Value::unknown(format!("`{key}` is not set"), v.origin),
            None => unknown_as(&v),
        }
    }

    /// A list of strings (a single string counts as one).
    pub fn strings(&self, cx: &Cx, key: &str) -> Value<Vec<String>> {
        self.list_of(cx, key, |n| scalar_string(n, true))
    }

    pub fn ints(&self, cx: &Cx, key: &str) -> Value<Vec<i64>> {
        self.list_of(cx, key, |n| match n.scalar() {
            Some(Scalar::Null) => Ok(None),
            Some(Scalar::Number(x)) if x.fract() == 0.0 => Ok(Some(x as i64)),
            _ => Err(format!("expected a whole number, found {}", describe(n))),
        })
    }

    fn list_of<T>(
        &self,
        cx: &Cx,
        key: &str,
        f: impl Fn(&YNode) -> Result<Option<T>, String>,
    ) -> Value<Vec<T>> {
        let s = self.slot(key);
        if let Some(r) = s.bad {
            return Value::unknown(r, s.fallback);
        }
        let Some(n) = s.node else {
            return Value::defaulted(Vec::new(), s.fallback);
        };
        let o = cx.origin(n);
        let items: Vec<&YNode> = match &n.kind {
            YKind::Seq(items) => items.iter().collect(),
            YKind::Scalar(..) if n.is_null() => return Value::defaulted(Vec::new(), o),
            YKind::Scalar(..) => vec![n],
            YKind::Map(_) => {
                return Value::unknown(format!("`{key}`: expected a list, found a map"), o)
            }
        };
        let mut out = Vec::new();
        for i in items {
            match f(i) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {}
                Err(r) => return Value::unknown(format!("`{key}`: {r}"), cx.origin(i)),
            }
        }
        Value::explicit(out, o)
    }

    /// The `name`s of a list of `{name: x}` references (`imagePullSecrets`, `secrets`).
    pub fn names(&self, cx: &Cx, key: &str) -> Value<Vec<String>> {
        self.list_of(cx, key, |n| match n.get("name") {
            Some(v) => scalar_string(v, true),
            None if n.as_map().is_some() => Ok(None),
            None => Err(format!("expected a map, found {}", type_name(n))),
        })
    }

    /// A map of strings with provenance per entry; values kept as written (templates too).
    pub fn str_map(&self, cx: &Cx, key: &str) -> Value<StrMap> {
        let s = self.slot(key);
        if let Some(r) = s.bad {
            return Value::unknown(r, s.fallback);
        }
        let Some(n) = s.present() else {
            return Value::defaulted(StrMap::new(), s.fallback);
        };
        let Some(entries) = n.as_map() else {
            return Value::unknown(
                format!("`{key}`: expected a map, found {}", type_name(n)),
                cx.origin(n),
            );
        };
        let mut m = StrMap::new();
        for (k, v) in entries {
            let Some(k) = k.as_str() else { continue };
            let val = match scalar_string(v, false) {
                Ok(t) => Value::explicit(t.unwrap_or_default(), cx.origin(v)),
                Err(r) => Value::unknown(format!("`{k}`: {r}"), cx.origin(v)),
            };
            m.insert(k.to_string(), val);
        }
        Value::explicit(m, cx.origin(n))
    }

    /// A plain map of strings (selectors); unknown if any entry is not a scalar.
    pub fn plain_map(&self, cx: &Cx, key: &str) -> Value<StringMap> {
        let v = self.str_map(cx, key);
        let origin = v.origin.clone();
        let explicit = v.is_explicit();
        match v.get() {
            None => Value::unknown(v.unknown_reason().unwrap_or_default(), origin),
            Some(m) => {
                let mut out = StringMap::new();
                for (k, e) in m {
                    match e.get() {
                        Some(s) => {
                            out.insert(k.clone(), s.clone());
                        }
                        None => {
                            return Value::unknown(
                                e.unknown_reason().unwrap_or_default(),
                                e.origin.clone(),
                            )
                        }
                    }
                }
                if explicit {
                    Value::explicit(out, origin)
                } else {
                    Value::defaulted(out, origin)
                }
            }
        }
    }

    /// The keys of the given mappings together (Secret `data` + `stringData`); explicit at the
    /// first one written.
    pub fn keys_of(&self, cx: &Cx, maps: &[&str]) -> Value<Vec<String>> {
        if let Some(r) = &self.bad {
            return Value::unknown(r.clone(), self.origin.clone());
        }
        let mut out = Vec::new();
        let mut origin = None;
        for key in maps {
            let Some(n) = self.get(key).filter(|n| !n.is_null()) else {
                continue;
            };
            let Some(entries) = n.as_map() else {
                return Value::unknown(
                    format!("`{key}`: expected a map, found {}", type_name(n)),
                    cx.origin(n),
                );
            };
            origin.get_or_insert_with(|| cx.origin(n));
            for (k, _) in entries {
                if let Some(k) = k.as_str() {
                    if !out.iter().any(|x: &String| x == k) {
                        out.push(k.to_string());
                    }
                }
            }
        }
        match origin {
            Some(o) => Value::explicit(out, o),
            None => Value::defaulted(out, self.origin.clone()),
        }
    }
}

fn describe(n: &YNode) -> String {
    match (n.scalar(), n.as_str()) {
        (Some(Scalar::Str(_)), Some(t)) if is_template(t) => {
            format!("`{t}` (an unrendered template expression)")
        }
        (Some(_), Some(t)) => format!("`{t}`"),
        _ => type_name(n).to_string(),
    }
}
