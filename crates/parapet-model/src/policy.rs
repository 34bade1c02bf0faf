//! IAM-style policy documents, parsed into a structure every format shares.

use crate::span::Origin;
use crate::value::{Dyn, Node};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct PolicyDocument {
    pub statements: Vec<Statement>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub sid: Option<String>,
    /// `Allow` or `Deny`.
    pub effect: String,
    pub actions: Vec<String>,
    pub not_actions: Vec<String>,
    pub resources: Vec<String>,
    pub not_resources: Vec<String>,
    /// Principals as `(kind, value)`, e.g. `("AWS", "*")`; the bare `"*"` principal is
    /// `("*", "*")`.
    pub principals: Vec<(String, String)>,
    pub has_condition: bool,
    pub origin: Origin,
}

impl PolicyDocument {
    /// Reads a policy from a resolved node: a map with `Statement`, or a JSON string.
    /// Returns `None` when the document (or a part a rule would need) is not known.
    pub fn from_node(n: &Node) -> Option<PolicyDocument> {
        match &n.v {
            Dyn::String(s) => {
                let json: serde_json::Value = serde_json::from_str(s).ok()?;
                Self::from_node(&Node::from_json(&json, &n.origin))
            }
            Dyn::Map(_) => {
                let st = n.get("Statement")?;
                let list: Vec<&Node> = match &st.v {
                    Dyn::List(l) => l.iter().collect(),
                    Dyn::Map(_) => vec![st],
                    _ => return None,
                };
                let mut statements = Vec::new();
                for s in list {
                    if s.contains_unknown() && s.get("Effect").is_none_or(|e| e.is_unknown()) {
                        return None;
                    }
                    statements.push(Statement {
                        sid: s.get("Sid").and_then(|x| x.as_str()).map(str::to_string),
                        effect: s
                            .get("Effect")
                            .and_then(|x| x.as_str())
                            .unwrap_or("Allow")
                            .to_string(),
                        actions: strs(s.get("Action")),
                        not_actions: strs(s.get("NotAction")),
                        resources: strs(s.get("Resource")),
                        not_resources: strs(s.get("NotResource")),
                        principals: principals(s.get("Principal")),
                        has_condition: s.get("Condition").is_some_and(|c| {
                            !c.is_null() && c.as_map().is_none_or(|m| !m.is_empty())
                        }),
                        origin: s.origin.clone(),
                    });
                }
                Some(PolicyDocument { statements })
            }
            _ => None,
        }
    }
}

fn strs(n: Option<&Node>) -> Vec<String> {
    match n.map(|n| &n.v) {
        Some(Dyn::String(s)) => vec![s.clone()],
        Some(Dyn::List(l)) => l
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| "<unknown>".into())
            })
            .collect(),
        Some(Dyn::Unknown(_)) => vec!["<unknown>".into()],
        _ => Vec::new(),
    }
}

fn principals(n: Option<&Node>) -> Vec<(String, String)> {
    match n.map(|n| &n.v) {
        Some(Dyn::String(s)) => vec![("*".into(), s.clone())],
        Some(Dyn::Map(m)) => m
            .iter()
            .flat_map(|(k, v)| strs(Some(v)).into_iter().map(move |x| (k.clone(), x)))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_json_policy_strings() {
        let n = Node::new(
            Dyn::String(
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":["*"],"Principal":{"AWS":"*"}}}"#
                    .into(),
            ),
            Origin::Synthetic,
        );
        let p = PolicyDocument::from_node(&n).unwrap();
        assert_eq!(p.statements.len(), 1);
        assert_eq!(p.statements[0].actions, vec!["*"]);
        assert_eq!(p.statements[0].principals, vec![("AWS".into(), "*".into())]);
        assert!(!p.statements[0].has_condition);
    }
}
