//! Helpers over resolved values: text of scalars, comparison, and the join of two branches.

use indexmap::IndexMap;
use parapet_model::value::number_json;
use parapet_model::{Dyn, Node, Origin, Unknown};

/// The first unknown in a tree.
pub(crate) fn first_unknown(n: &Node) -> Option<&Unknown> {
    match &n.v {
        Dyn::Unknown(u) => Some(u),
        Dyn::List(l) => l.iter().find_map(first_unknown),
        Dyn::Map(m) => m.values().find_map(first_unknown),
        _ => None,
    }
}

/// A scalar as CloudFormation turns it into a string.
pub(crate) fn scalar_text(n: &Node) -> Option<String> {
    match &n.v {
        Dyn::String(s) => Some(s.clone()),
        Dyn::Number(x) => Some(number_json(*x).to_string()),
        Dyn::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A canonical text of a value, unknowns included (`?reason`), for comparisons.
pub(crate) fn ident(n: &Node) -> String {
    match &n.v {
        Dyn::Null => "null".into(),
        Dyn::Bool(_) | Dyn::Number(_) | Dyn::String(_) => {
            serde_json::Value::String(scalar_text(n).unwrap_or_default()).to_string()
        }
        Dyn::List(l) => format!("[{}]", l.iter().map(ident).collect::<Vec<_>>().join(",")),
        Dyn::Map(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}:{}", serde_json::Value::String(k.clone()), ident(v)))
                .collect::<Vec<_>>()
                .join(",")
        ),
        Dyn::Unknown(u) => format!("?({}|{})", u.reason, u.refs.join(",")),
    }
}

/// The canonical text of a fully known value.
pub(crate) fn canon(n: &Node) -> Option<String> {
    (!n.contains_unknown()).then(|| ident(n))
}

/// A copy of a node with every origin replaced.
pub(crate) fn with_origin(n: &Node, origin: &Origin) -> Node {
    let v = match &n.v {
        Dyn::List(l) => Dyn::List(l.iter().map(|x| with_origin(x, origin)).collect()),
        Dyn::Map(m) => Dyn::Map(
            m.iter()
                .map(|(k, x)| (k.clone(), with_origin(x, origin)))
                .collect(),
        ),
        other => other.clone(),
    };
    Node::new(v, origin.clone())
}

/// The value of an `Fn::If` whose condition cannot be decided: what both branches agree on,
/// unknown where they differ. `None` (the property is absent) only if both are absent.
pub(crate) fn join(
    a: Option<Node>,
    b: Option<Node>,
    reason: &str,
    origin: &Origin,
) -> Option<Node> {
    match (a, b) {
        (None, None) => None,
        (Some(x), None) | (None, Some(x)) => Some(Node::unknown(
            format!("{reason} (the value may be absent)"),
            x.refs(),
            origin.clone(),
        )),
        (Some(x), Some(y)) => Some(join_nodes(x, y, reason, origin)),
    }
}

fn join_nodes(x: Node, y: Node, reason: &str, origin: &Origin) -> Node {
    let refs = |x: &Node, y: &Node| {
        let mut r = x.refs();
        for s in y.refs() {
            if !r.contains(&s) {
                r.push(s);
            }
        }
        r
    };
    match (x.v, y.v) {
        (Dyn::Map(mx), Dyn::Map(mut my)) => {
            let mut out = IndexMap::new();
            for (k, vx) in mx {
                let v = match my.shift_remove(&k) {
                    Some(vy) => join_nodes(vx, vy, reason, origin),
                    None => Node::unknown(
                        format!("{reason} (the value may be absent)"),
                        vx.refs(),
                        origin.clone(),
                    ),
                };
                out.insert(k, v);
            }
            for (k, vy) in my {
                out.insert(
                    k,
                    Node::unknown(
                        format!("{reason} (the value may be absent)"),
                        vy.refs(),
                        origin.clone(),
                    ),
                );
            }
            Node::new(Dyn::Map(out), x.origin)
        }
        (Dyn::List(lx), Dyn::List(ly)) if lx.len() == ly.len() => {
            let items = lx
                .into_iter()
                .zip(ly)
                .map(|(a, b)| join_nodes(a, b, reason, origin))
                .collect();
            Node::new(Dyn::List(items), x.origin)
        }
        (vx, vy) => {
            let nx = Node::new(vx, x.origin);
            let ny = Node::new(vy, y.origin);
            let same = match (&nx.v, &ny.v) {
                (Dyn::Unknown(a), Dyn::Unknown(b)) => a == b,
                (Dyn::Unknown(_), _) | (_, Dyn::Unknown(_)) => false,
                (Dyn::List(_), _) | (_, Dyn::List(_)) | (Dyn::Map(_), _) | (_, Dyn::Map(_)) => {
                    false
                }
                (Dyn::Null, Dyn::Null) => true,
                _ => scalar_text(&nx).is_some() && scalar_text(&nx) == scalar_text(&ny),
            };
            if same {
                nx
            } else {
                let r = refs(&nx, &ny);
                Node::unknown(reason, r, origin.clone())
            }
        }
    }
}
