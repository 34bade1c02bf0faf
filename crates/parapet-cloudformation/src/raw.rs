//! Recognizing intrinsic functions in both forms, and converting raw YAML to JSON.

use parapet_model::value::number_json;
use parapet_yaml::{Scalar, YKind, YNode};

/// The functions CloudFormation knows, by long name.
pub(crate) const FUNCTIONS: &[&str] = &[
    "Ref",
    "Condition",
    "Fn::Sub",
    "Fn::GetAtt",
    "Fn::If",
    "Fn::Join",
    "Fn::Select",
    "Fn::Split",
    "Fn::FindInMap",
    "Fn::Base64",
    "Fn::Cidr",
    "Fn::GetAZs",
    "Fn::ImportValue",
    "Fn::Equals",
    "Fn::And",
    "Fn::Or",
    "Fn::Not",
    "Fn::Transform",
    "Fn::Length",
    "Fn::ToJsonString",
];

/// The long name of a short-form tag (`!Ref` → `Ref`, `!Sub` → `Fn::Sub`).
pub(crate) fn long_name(tag: &str) -> Option<&'static str> {
    let short = tag.strip_prefix('!')?;
    FUNCTIONS.iter().copied().find(|f| {
        let bare = f.strip_prefix("Fn::").unwrap_or(f);
        bare == short
    })
}

/// How an intrinsic was written.
#[derive(Clone, Copy)]
pub(crate) struct Call<'y> {
    /// Long name, e.g. `Fn::Join`.
    pub name: &'static str,
    /// The argument node.
    pub arg: &'y YNode,
    /// For the short form the argument is the tagged node itself, whose tag must be ignored.
    pub untagged: bool,
}

/// Whether a tag is one of YAML's own (`!!str`, `tag:yaml.org,2002:...`).
pub(crate) fn is_core_tag(tag: &str) -> bool {
    tag.starts_with("tag:yaml.org,2002:") || tag.starts_with("!!")
}

/// Recognizes `!Fn arg` and `{"Fn::X": arg}` (a one-key map). `Condition` as a one-key map is
/// a function only in condition contexts.
pub(crate) fn call(y: &YNode, condition_context: bool) -> Option<Call<'_>> {
    if let Some(tag) = &y.tag {
        return long_name(tag).map(|name| Call {
            name,
            arg: y,
            untagged: true,
        });
    }
    long_call(y, condition_context)
}

/// Recognizes the long form `{"Fn::X": arg}` only (tags ignored).
pub(crate) fn long_call(y: &YNode, condition_context: bool) -> Option<Call<'_>> {
    let m = y.as_map()?;
    if m.len() != 1 {
        return None;
    }
    let (k, v) = &m[0];
    let key = k.as_str()?;
    if key == "Condition" && !condition_context {
        return None;
    }
    let name = FUNCTIONS.iter().copied().find(|f| *f == key)?;
    Some(Call {
        name,
        arg: v,
        untagged: false,
    })
}

/// If `y` is `!Ref X` / `{"Ref": "X"}`, returns `X`.
pub(crate) fn direct_ref(y: &YNode) -> Option<&str> {
    let c = call(y, false)?;
    (c.name == "Ref").then(|| c.arg.as_str()).flatten()
}

/// If `y` is `!GetAtt X.Attr` or `{"Fn::GetAtt": [X, Attr]}`, returns `(X, Attr)`.
pub(crate) fn direct_getatt(y: &YNode) -> Option<(&str, &str)> {
    let c = call(y, false)?;
    if c.name != "Fn::GetAtt" {
        return None;
    }
    match &c.arg.kind {
        YKind::Scalar(s, _) => s.split_once('.'),
        YKind::Seq(items) if items.len() == 2 => Some((items[0].as_str()?, items[1].as_str()?)),
        _ => None,
    }
}

/// Converts raw YAML to JSON without evaluating it: short-form intrinsics become their long
/// form, so the text stays faithful to what was written.
pub(crate) fn to_json(y: &YNode) -> serde_json::Value {
    let plain = plain_json(y);
    match &y.tag {
        Some(tag) if !is_core_tag(tag) => match long_name(tag) {
            Some("Fn::GetAtt") => {
                let arg = match &y.kind {
                    YKind::Scalar(s, _) => match s.split_once('.') {
                        Some((a, b)) => serde_json::json!([a, b]),
                        None => plain,
                    },
                    _ => plain,
                };
                single("Fn::GetAtt", arg)
            }
            Some(name) => single(name, plain),
            None => single(tag, plain),
        },
        _ => plain,
    }
}

fn single(k: &str, v: serde_json::Value) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    m.insert(k.to_string(), v);
    serde_json::Value::Object(m)
}

fn plain_json(y: &YNode) -> serde_json::Value {
    match &y.kind {
        YKind::Scalar(s, plain) => {
            if y.tag.as_deref().is_some_and(|t| !is_core_tag(t)) {
                return s.clone().into();
            }
            match parapet_yaml::resolve_scalar(s, *plain, y.tag.as_deref()) {
                Scalar::Null => serde_json::Value::Null,
                Scalar::Bool(b) => b.into(),
                Scalar::Number(n) => number_json(n),
                Scalar::Str(s) => s.into(),
            }
        }
        YKind::Seq(items) => items.iter().map(to_json).collect(),
        YKind::Map(entries) => entries
            .iter()
            .map(|(k, v)| (k.as_str().unwrap_or_default().to_string(), to_json(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}
