//! Conversions shared by the AWS adapters of this directory.

use super::field;
use parapet_model::{conv, Dyn, Node, Origin, State, Value};

/// A property of the resolved `Properties` map.
pub(crate) fn prop(p: &Node, key: &str) -> Option<Node> {
    field(p, key)
}

/// An integer property with a documented default.
pub(crate) fn int(n: Option<&Node>, default: i64, fallback: &Origin) -> Value<i64> {
    let v = conv::opt_int(n, fallback);
    let origin = v.origin.clone();
    match v.state {
        State::Explicit(Some(i)) => Value::explicit(i, origin),
        State::Unknown(r) => Value::unknown(r, origin),
        _ => Value::defaulted(default, origin),
    }
}

/// Whether a property is (or may be) written: `Some(reason)` when it is set, or unresolved.
pub(crate) fn inherited_from(p: &Node, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match field(p, k) {
        None => None,
        Some(x) => match &x.v {
            Dyn::Null => None,
            Dyn::Unknown(u) if u.reason.contains("may be absent") => Some(format!(
                "not written, and `{k}` may be set ({}), which makes it inherited",
                u.reason
            )),
            _ => Some(format!("not written: inherited through `{k}`")),
        },
    })
}

pub(crate) use parapet_model::conv::bool_or_inherited;

/// Whether a reference-like property is present: a written value, or an unresolved one that
/// cannot be absent (a `!Ref` to another resource). `Unknown` only when an undecided
/// condition may remove it.
pub(crate) fn present(p: &Node, key: &str, fallback: &Origin) -> Value<Option<String>> {
    match field(p, key) {
        Some(x) => match &x.v {
            Dyn::Unknown(u) if u.reason.contains("may be absent") => {
                Value::unknown(u.reason.clone(), x.origin.clone())
            }
            Dyn::Unknown(u) => Value::explicit(Some(format!("<{}>", u.reason)), x.origin.clone()),
            _ => conv::opt_string(Some(&x), fallback),
        },
        None => Value::defaulted(None, fallback.clone()),
    }
}

pub(crate) fn elsewhere<T>(why: &str, origin: &Origin) -> Value<T> {
    Value::unknown(why, origin.clone())
}
