//! Conversions shared by the AWS adapters of this directory.

use parapet_model::{conv, Dyn, Node, Origin, State, Value};

/// An integer attribute with a documented default.
pub(crate) fn int(n: Option<&Node>, default: i64, fallback: &Origin) -> Value<i64> {
    let v = conv::opt_int(n, fallback);
    let origin = v.origin.clone();
    match v.state {
        State::Explicit(Some(i)) => Value::explicit(i, origin),
        State::Unknown(r) => Value::unknown(r, origin),
        _ => Value::defaulted(default, origin),
    }
}

/// Why a setting that is not written is inherited rather than defaulted: the first of `keys`
/// that is set (or may be set: an unresolved value).
pub(crate) fn inherited_from(n: &Node, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match n.get(k) {
        None => None,
        Some(x) => match &x.v {
            Dyn::Null => None,
            Dyn::List(l) if l.is_empty() => None,
            Dyn::Unknown(u) => Some(format!(
                "not written, and `{k}` may be set ({}), which makes it inherited",
                u.reason
            )),
            _ => Some(format!("not written: inherited through `{k}`")),
        },
    })
}

pub(crate) use parapet_model::conv::bool_or_inherited;

/// A value of a setting that belongs to another resource (an Aurora instance's encryption is
/// the cluster's).
pub(crate) fn elsewhere<T>(why: &str, origin: &Origin) -> Value<T> {
    Value::unknown(why, origin.clone())
}

/// A reference-like attribute: a written value, or an unknown that is an attribute of another
/// resource (`aws_db_instance.app.identifier`), which is set even though its value is known
/// only after apply. Other unknowns (a variable nobody set) may be null, and stay unknown.
pub(crate) fn present(n: Option<&Node>, fallback: &Origin) -> Value<Option<String>> {
    match n.map(|x| &x.v) {
        Some(Dyn::Unknown(u))
            if !u.refs.is_empty() && u.reason.contains("known only after apply") =>
        {
            let x = n.expect("matched Some");
            Value::explicit(Some(format!("<{}>", u.refs.join(", "))), x.origin.clone())
        }
        _ => conv::opt_string(n, fallback),
    }
}
