//! Reading settings inside nested blocks, for the adapters of AWS Backup, CodeBuild, Athena,
//! Glue, DAX, SSM and WorkSpaces: a block that is not written gives the setting's default at
//! the enclosing block; a block that is unresolved (a `dynamic` block over an unknown
//! collection) gives an unknown.

use super::block;
use parapet_model::{conv, Dyn, Node, Origin, Value};

pub(crate) enum Walk<'a> {
    Found(&'a Node),
    Missing(Origin),
    Unknown(String, Origin),
}

/// The block at `path` under `n` (`fallback` is where a missing top-level block points).
pub(crate) fn walk<'a>(n: &'a Node, path: &[&str], fallback: &Origin) -> Walk<'a> {
    let mut cur = n;
    let mut origin = fallback.clone();
    for k in path {
        if let Some(b) = cur.get(k) {
            if let Dyn::Unknown(u) = &b.v {
                return Walk::Unknown(u.reason.clone(), b.origin.clone());
            }
        }
        match block(cur, k) {
            Some(b) => {
                origin = b.origin.clone();
                cur = b;
            }
            None => return Walk::Missing(origin),
        }
    }
    Walk::Found(cur)
}

pub(crate) fn bool_at(
    n: &Node,
    path: &[&str],
    key: &str,
    default: bool,
    fallback: &Origin,
) -> Value<bool> {
    match walk(n, path, fallback) {
        Walk::Found(b) => conv::bool(b.get(key), default, &b.origin),
        Walk::Missing(o) => Value::defaulted(default, o),
        Walk::Unknown(r, o) => Value::unknown(r, o),
    }
}

pub(crate) fn string_at(
    n: &Node,
    path: &[&str],
    key: &str,
    default: &str,
    fallback: &Origin,
) -> Value<String> {
    match walk(n, path, fallback) {
        Walk::Found(b) => conv::string(b.get(key), default, &b.origin),
        Walk::Missing(o) => Value::defaulted(default.to_string(), o),
        Walk::Unknown(r, o) => Value::unknown(r, o),
    }
}

pub(crate) fn opt_string_at(
    n: &Node,
    path: &[&str],
    key: &str,
    fallback: &Origin,
) -> Value<Option<String>> {
    match walk(n, path, fallback) {
        Walk::Found(b) => conv::opt_string(b.get(key), &b.origin),
        Walk::Missing(o) => Value::defaulted(None, o),
        Walk::Unknown(r, o) => Value::unknown(r, o),
    }
}
