//! Reading settings inside nested properties, for the adapters of EFS, DAX, AWS Backup,
//! Glacier, Secrets Manager, SSM, CodeBuild, Athena, Glue and WorkSpaces: a property that is
//! not written gives the setting's default at the enclosing property (or the resource header);
//! an unresolved one gives an unknown.

use super::field;
use parapet_model::{conv, Dyn, Node, Origin, State, Value};

pub(crate) enum Walk {
    Found(Node),
    Missing(Origin),
    Unknown(String, Origin),
}

/// The property at `path` under `p`; the first item of a list on the way.
pub(crate) fn walk(p: &Node, path: &[&str], fallback: &Origin) -> Walk {
    let mut cur = p.clone();
    let mut origin = fallback.clone();
    for k in path {
        let Some(x) = field(&cur, k).filter(|x| !x.is_null()) else {
            return Walk::Missing(origin);
        };
        let x = match &x.v {
            Dyn::List(l) => match l.first() {
                Some(i) => i.clone(),
                None => return Walk::Missing(x.origin.clone()),
            },
            _ => x,
        };
        if let Dyn::Unknown(u) = &x.v {
            return Walk::Unknown(u.reason.clone(), x.origin.clone());
        }
        origin = x.origin.clone();
        cur = x;
    }
    Walk::Found(cur)
}

pub(crate) fn bool_at(
    p: &Node,
    path: &[&str],
    key: &str,
    default: bool,
    fallback: &Origin,
) -> Value<bool> {
    match walk(p, path, fallback) {
        Walk::Found(b) => conv::bool(field(&b, key).as_ref(), default, &b.origin),
        Walk::Missing(o) => Value::defaulted(default, o),
        Walk::Unknown(r, o) => Value::unknown(r, o),
    }
}

pub(crate) fn string_at(
    p: &Node,
    path: &[&str],
    key: &str,
    default: &str,
    fallback: &Origin,
) -> Value<String> {
    match walk(p, path, fallback) {
        Walk::Found(b) => conv::string(field(&b, key).as_ref(), default, &b.origin),
        Walk::Missing(o) => Value::defaulted(default.to_string(), o),
        Walk::Unknown(r, o) => Value::unknown(r, o),
    }
}

pub(crate) fn opt_string_at(
    p: &Node,
    path: &[&str],
    key: &str,
    fallback: &Origin,
) -> Value<Option<String>> {
    match walk(p, path, fallback) {
        Walk::Found(b) => conv::opt_string(field(&b, key).as_ref(), &b.origin),
        Walk::Missing(o) => Value::defaulted(None, o),
        Walk::Unknown(r, o) => Value::unknown(r, o),
    }
}

/// A required string property: not written is unknown (the template is incomplete).
pub(crate) fn required_string(p: &Node, key: &str, fallback: &Origin) -> Value<String> {
    let v = conv::opt_string(field(p, key).as_ref(), fallback);
    let origin = v.origin.clone();
    match v.state {
        State::Explicit(Some(s)) => Value::explicit(s, origin),
        State::Unknown(r) => Value::unknown(r, origin),
        _ => Value::unknown(format!("{key} is not set"), origin),
    }
}
