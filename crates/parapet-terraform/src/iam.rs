//! The `aws_iam_policy_document` data source, evaluated offline the way the AWS provider
//! renders it: statements (effect, actions, resources, principals, conditions and their `not_`
//! forms) written as IAM policy JSON, merged with `source_policy_documents` (statements the
//! document's own statements override by `sid`) and `override_policy_documents` (statements
//! that override by `sid`). The result is known only when every input is known; otherwise it
//! is unknown, keeps the references of the unknown inputs, and carries the document rendered
//! with those inputs unknown for the policy readers.

use crate::val::Val;
use indexmap::IndexMap;
use serde_json::{Map, Value as J};

/// The attributes of an evaluated `aws_iam_policy_document`: its configuration plus `json` and
/// `minified_json`.
pub fn policy_document(cfg: &Val, address: &str) -> Val {
    let mut out = match cfg {
        Val::Map(m) => m.clone(),
        _ => IndexMap::new(),
    };
    let (json, minified) = match render(cfg) {
        Ok(doc) => (
            Val::Str(serde_json::to_string_pretty(&doc).unwrap_or_default()),
            Val::Str(serde_json::to_string(&doc).unwrap_or_default()),
        ),
        Err(mut u) => {
            if let Val::Unknown(x) = &mut u {
                if !x.reason.starts_with("error:") && !x.refs.iter().any(|r| r == address) {
                    x.refs.push(address.to_string());
                }
                if !x.reason.starts_with("error:") {
                    x.partial = partial(cfg).map(Box::new);
                }
            }
            (u.clone(), u)
        }
    };
    out.insert("json".into(), json);
    out.insert("minified_json".into(), minified);
    Val::Map(out)
}

/// The document rendered with its unknown inputs left unknown (see `Unk::partial`): every
/// unknown input renders as the policy model's `UNKNOWN` marker, which reads back as an
/// unknown value (or, as a condition key or operator, as the marker the policy model
/// already treats as unknown). `None` when the structure itself depends on an unknown (an
/// unknown effect, statement list or source document).
fn partial(cfg: &Val) -> Option<Val> {
    const MARK: &str = parapet_model::policy::UNKNOWN;
    fn mark(v: &Val) -> Val {
        match v {
            Val::Unknown(_) => Val::Str(MARK.into()),
            Val::List(l) => Val::List(l.iter().map(mark).collect()),
            Val::Map(m) => Val::Map(m.iter().map(|(k, x)| (k.clone(), mark(x))).collect()),
            other => other.clone(),
        }
    }
    fn unmark(v: Val) -> Val {
        match v {
            Val::Str(s) if s == MARK => Val::unknown("a value of the policy document is not known"),
            Val::List(l) => Val::List(l.into_iter().map(unmark).collect()),
            Val::Map(m) => Val::Map(m.into_iter().map(|(k, x)| (k, unmark(x))).collect()),
            other => other,
        }
    }
    // Only values inside statements may be unknown; anything that decides which statements
    // there are (the list itself, an effect, a sid, a source or override document) may not.
    let structural_unknown = match cfg {
        Val::Map(m) => m.iter().any(|(k, v)| match k.as_str() {
            "statement" => match v {
                Val::List(l) => l.iter().any(|s| match s {
                    Val::Map(s) => ["effect", "sid"]
                        .iter()
                        .any(|k| s.get(*k).is_some_and(Val::is_unknown)),
                    other => other.is_unknown(),
                }),
                other => other.is_unknown(),
            },
            _ => v.first_unknown().is_some(),
        }),
        other => other.is_unknown(),
    };
    if structural_unknown {
        return None;
    }
    let doc = render(&mark(cfg)).ok()?;
    Some(unmark(Val::from_json(&doc)))
}

fn err(m: impl Into<String>) -> Val {
    Val::unknown(format!("error: aws_iam_policy_document: {}", m.into()))
}

/// The values of a list attribute or of repeated nested blocks.
fn list(v: Option<&Val>) -> Vec<&Val> {
    match v {
        Some(Val::List(l)) => l.iter().collect(),
        Some(m @ Val::Map(_)) => vec![m],
        _ => Vec::new(),
    }
}

fn string(v: Option<&Val>) -> Option<String> {
    match v {
        None | Some(Val::Null) => None,
        Some(x) => x.as_string(),
    }
}

fn strings(v: Option<&Val>) -> Result<Vec<String>, Val> {
    let mut out: Vec<String> = Vec::new();
    for x in list(v) {
        match x {
            Val::Null => {}
            other => match other.as_string() {
                Some(s) => {
                    if !out.contains(&s) {
                        out.push(s)
                    }
                }
                None => {
                    return Err(err(format!(
                        "expected strings, found a {}",
                        other.type_name()
                    )))
                }
            },
        }
    }
    Ok(out)
}

/// One string for one value, else a list (as the provider writes them).
fn one_or_many(v: Vec<String>) -> J {
    if v.len() == 1 {
        J::String(v.into_iter().next().unwrap_or_default())
    } else {
        J::Array(v.into_iter().map(J::String).collect())
    }
}

fn principals(blocks: Option<&Val>) -> Result<Option<J>, Val> {
    let mut by_type: IndexMap<String, Vec<String>> = IndexMap::new();
    for b in list(blocks) {
        let t = string(b_get(b, "type")).ok_or_else(|| err("a principal has no type"))?;
        let ids = strings(b_get(b, "identifiers"))?;
        let e = by_type.entry(t).or_default();
        for i in ids {
            if !e.contains(&i) {
                e.push(i);
            }
        }
    }
    if by_type.is_empty() {
        return Ok(None);
    }
    if by_type.len() == 1 {
        if let Some(ids) = by_type.get("*") {
            if ids.len() == 1 && ids[0] == "*" {
                return Ok(Some(J::String("*".into())));
            }
        }
    }
    let mut m = Map::new();
    for (t, ids) in by_type {
        m.insert(t, one_or_many(ids));
    }
    Ok(Some(J::Object(m)))
}

fn b_get<'a>(b: &'a Val, k: &str) -> Option<&'a Val> {
    match b {
        Val::Map(m) => m.get(k),
        _ => None,
    }
}

fn conditions(blocks: Option<&Val>) -> Result<Option<J>, Val> {
    let mut by_test: IndexMap<String, IndexMap<String, Vec<String>>> = IndexMap::new();
    for b in list(blocks) {
        let test = string(b_get(b, "test")).ok_or_else(|| err("a condition has no test"))?;
        let var = string(b_get(b, "variable")).ok_or_else(|| err("a condition has no variable"))?;
        let values = strings(b_get(b, "values"))?;
        let e = by_test.entry(test).or_default().entry(var).or_default();
        for v in values {
            if !e.contains(&v) {
                e.push(v);
            }
        }
    }
    if by_test.is_empty() {
        return Ok(None);
    }
    let mut m = Map::new();
    for (t, vars) in by_test {
        let mut vm = Map::new();
        for (k, v) in vars {
            vm.insert(k, one_or_many(v));
        }
        m.insert(t, J::Object(vm));
    }
    Ok(Some(J::Object(m)))
}

fn statement(s: &Val) -> Result<J, Val> {
    let mut o = Map::new();
    if let Some(sid) = string(b_get(s, "sid")).filter(|x| !x.is_empty()) {
        o.insert("Sid".into(), J::String(sid));
    }
    let effect = string(b_get(s, "effect")).unwrap_or_else(|| "Allow".into());
    if effect != "Allow" && effect != "Deny" {
        return Err(err(format!("effect must be Allow or Deny, not `{effect}`")));
    }
    o.insert("Effect".into(), J::String(effect));
    for (k, key) in [
        ("actions", "Action"),
        ("not_actions", "NotAction"),
        ("resources", "Resource"),
        ("not_resources", "NotResource"),
    ] {
        let v = strings(b_get(s, k))?;
        if !v.is_empty() {
            o.insert(key.into(), one_or_many(v));
        }
    }
    if let Some(p) = principals(b_get(s, "principals"))? {
        o.insert("Principal".into(), p);
    }
    if let Some(p) = principals(b_get(s, "not_principals"))? {
        o.insert("NotPrincipal".into(), p);
    }
    if let Some(c) = conditions(b_get(s, "condition"))? {
        o.insert("Condition".into(), c);
    }
    Ok(J::Object(o))
}

fn sid_of(s: &J) -> Option<&str> {
    s.get("Sid").and_then(J::as_str).filter(|x| !x.is_empty())
}

/// Adds statements, replacing those with the same `Sid`.
fn merge(into: &mut Vec<J>, from: Vec<J>) {
    for s in from {
        match sid_of(&s).and_then(|sid| into.iter().position(|x| sid_of(x) == Some(sid))) {
            Some(i) => into[i] = s,
            None => into.push(s),
        }
    }
}

/// The statements of a policy JSON text.
fn statements_of(text: &str) -> Result<Vec<J>, Val> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let doc: J = serde_json::from_str(text)
        .map_err(|e| err(format!("a merged document is not valid JSON: {e}")))?;
    Ok(match doc.get("Statement") {
        Some(J::Array(a)) => a.clone(),
        Some(o @ J::Object(_)) => vec![o.clone()],
        _ => Vec::new(),
    })
}

fn documents(cfg: &Val, list_key: &str, single_key: &str) -> Result<Vec<Vec<J>>, Val> {
    let mut out = Vec::new();
    if let Some(s) = string(b_get(cfg, single_key)) {
        out.push(statements_of(&s)?);
    }
    for d in list(b_get(cfg, list_key)) {
        match d {
            Val::Null => {}
            Val::Str(s) => out.push(statements_of(s)?),
            other => {
                return Err(err(format!(
                    "`{list_key}` holds a {}, not a JSON string",
                    other.type_name()
                )))
            }
        }
    }
    Ok(out)
}

fn render(cfg: &Val) -> Result<J, Val> {
    if let Some(u) = cfg.first_unknown() {
        return Err(Val::Unknown(u));
    }
    let mut merged: Vec<J> = Vec::new();
    for d in documents(cfg, "source_policy_documents", "source_json")? {
        merge(&mut merged, d);
    }
    let own = list(b_get(cfg, "statement"))
        .into_iter()
        .map(statement)
        .collect::<Result<Vec<J>, Val>>()?;
    merge(&mut merged, own);
    for d in documents(cfg, "override_policy_documents", "override_json")? {
        merge(&mut merged, d);
    }
    let mut doc = Map::new();
    doc.insert(
        "Version".into(),
        J::String(string(b_get(cfg, "version")).unwrap_or_else(|| "2012-10-17".into())),
    );
    if let Some(id) = string(b_get(cfg, "policy_id")) {
        doc.insert("Id".into(), J::String(id));
    }
    doc.insert("Statement".into(), J::Array(merged));
    Ok(J::Object(doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pairs: Vec<(&str, Val)>) -> Val {
        Val::Map(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }
    fn s(x: &str) -> Val {
        Val::Str(x.into())
    }

    #[test]
    fn renders_statements_like_the_provider() {
        let cfg = m(vec![(
            "statement",
            Val::List(vec![m(vec![
                ("sid", s("Public")),
                ("actions", Val::List(vec![s("s3:GetObject")])),
                ("resources", Val::List(vec![s("arn:a"), s("arn:b")])),
                (
                    "principals",
                    Val::List(vec![m(vec![
                        ("type", s("*")),
                        ("identifiers", Val::List(vec![s("*")])),
                    ])]),
                ),
                (
                    "condition",
                    Val::List(vec![m(vec![
                        ("test", s("Bool")),
                        ("variable", s("aws:SecureTransport")),
                        ("values", Val::List(vec![Val::Bool(false)])),
                    ])]),
                ),
            ])]),
        )]);
        let out = policy_document(&cfg, "data.aws_iam_policy_document.p");
        let Val::Map(o) = out else { panic!() };
        let Some(Val::Str(j)) = o.get("minified_json") else {
            panic!("{o:?}")
        };
        assert_eq!(
            j,
            r#"{"Version":"2012-10-17","Statement":[{"Sid":"Public","Effect":"Allow","Action":"s3:GetObject","Resource":["arn:a","arn:b"],"Principal":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
        );
    }

    #[test]
    fn merges_sources_and_overrides_by_sid() {
        let src = r#"{"Statement":[{"Sid":"A","Effect":"Allow","Action":"x"},{"Effect":"Allow","Action":"y"}]}"#;
        let ovr = r#"{"Statement":{"Sid":"B","Effect":"Deny","Action":"z"}}"#;
        let cfg = m(vec![
            ("source_policy_documents", Val::List(vec![s(src)])),
            ("override_policy_documents", Val::List(vec![s(ovr)])),
            (
                "statement",
                Val::List(vec![
                    m(vec![("sid", s("A")), ("actions", Val::List(vec![s("a2")]))]),
                    m(vec![("sid", s("B")), ("actions", Val::List(vec![s("b")]))]),
                ]),
            ),
        ]);
        let doc = render(&cfg).unwrap();
        let st = doc["Statement"].as_array().unwrap();
        assert_eq!(st.len(), 3);
        assert_eq!(st[0]["Action"], "a2");
        assert_eq!(st[1]["Action"], "y");
        assert_eq!(st[2]["Effect"], "Deny");
    }

    #[test]
    fn unknown_inputs_make_an_unknown_document_with_refs() {
        let cfg = m(vec![(
            "statement",
            Val::List(vec![m(vec![(
                "resources",
                Val::List(vec![Val::unknown_ref("arn", "aws_s3_bucket.b")]),
            )])]),
        )]);
        let Val::Map(o) = policy_document(&cfg, "data.aws_iam_policy_document.p") else {
            panic!()
        };
        let Some(Val::Unknown(u)) = o.get("json") else {
            panic!()
        };
        assert_eq!(
            u.refs,
            vec![
                "aws_s3_bucket.b".to_string(),
                "data.aws_iam_policy_document.p".to_string()
            ]
        );
        assert!(render(&m(vec![(
            "source_policy_documents",
            Val::List(vec![s("{")])
        )]))
        .is_err());
    }

    #[test]
    fn an_unknown_value_inside_a_statement_keeps_the_rest_readable() {
        let statement = |extra: Vec<(&str, Val)>| {
            let mut pairs = vec![
                ("actions", Val::List(vec![s("s3:GetObject")])),
                (
                    "resources",
                    Val::List(vec![Val::unknown_ref("arn", "aws_s3_bucket.b")]),
                ),
            ];
            pairs.extend(extra);
            m(pairs)
        };
        let json = |cfg: Val| {
            let Val::Map(o) = policy_document(&cfg, "data.aws_iam_policy_document.p") else {
                panic!()
            };
            match o.get("json") {
                Some(Val::Unknown(u)) => u.partial.clone(),
                other => panic!("{other:?}"),
            }
        };
        // The resource is unknown, the action is not.
        let partial = json(m(vec![("statement", Val::List(vec![statement(vec![])]))]))
            .expect("the structure is kept");
        let Val::Map(doc) = *partial else { panic!() };
        let Some(Val::List(st)) = doc.get("Statement") else {
            panic!()
        };
        let Val::Map(st) = &st[0] else { panic!() };
        assert_eq!(st.get("Action"), Some(&s("s3:GetObject")));
        assert!(st.get("Resource").is_some_and(Val::is_unknown));
        // An unknown source document or effect decides which statements there are: no
        // structure is kept.
        assert!(json(m(vec![
            ("statement", Val::List(vec![statement(vec![])])),
            (
                "source_policy_documents",
                Val::List(vec![Val::unknown("other document")]),
            ),
        ]))
        .is_none());
        assert!(json(m(vec![(
            "statement",
            Val::List(vec![statement(vec![("effect", Val::unknown("var"))])]),
        )]))
        .is_none());
    }
}
