//! IAM-style policy documents, parsed into a structure every format shares.
//!
//! Identity policies, trust policies and resource policies (bucket, key, topic, queue policies)
//! all use this grammar. A document may be known only in part — a CloudFormation `!GetAtt` in a
//! `Resource`, an `Fn::If` around a statement — and the parts that are not known are kept as
//! such: a list item that could not be resolved is [`UNKNOWN`], a statement that could not be
//! resolved at all marks the document [`PolicyDocument::incomplete`]. The questions a rule asks
//! ([`Statement::allows_action_on_any_resource`], [`Statement::principal_is_anyone`]) answer
//! `None` when an unknown part decides the answer.

use crate::span::Origin;
use crate::value::{Dyn, Node};
use serde::{Deserialize, Serialize};

/// A list item (action, resource, principal, condition value) that could not be resolved.
pub const UNKNOWN: &str = "<unknown>";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct PolicyDocument {
    pub statements: Vec<Statement>,
    /// Some statements could not be resolved (an unresolved `Fn::If` around a statement, a
    /// statement built from an unknown value): the known statements are all there, but there
    /// may be more.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub incomplete: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub sid: Option<String>,
    /// `Allow` or `Deny` ([`UNKNOWN`] when it could not be resolved).
    pub effect: String,
    pub actions: Vec<String>,
    pub not_actions: Vec<String>,
    pub resources: Vec<String>,
    pub not_resources: Vec<String>,
    /// Principals as `(kind, value)`, e.g. `("AWS", "*")`; the bare `"*"` principal is
    /// `("*", "*")`.
    pub principals: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_principals: Vec<(String, String)>,
    pub has_condition: bool,
    /// The condition block, one entry per operator and key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    pub origin: Origin,
}

/// One `operator: { key: values }` entry of a statement's `Condition`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Condition {
    /// `StringEquals`, `Bool`, `ForAnyValue:StringLike`, ... as written.
    pub operator: String,
    /// The condition key as written, e.g. `aws:SecureTransport`.
    pub key: String,
    pub values: Vec<String>,
}

impl Condition {
    /// The operator without set qualifiers (`ForAnyValue:`/`ForAllValues:`) and without the
    /// `IfExists` suffix.
    pub fn base_operator(&self) -> &str {
        let op = self
            .operator
            .strip_prefix("ForAnyValue:")
            .or_else(|| self.operator.strip_prefix("ForAllValues:"))
            .unwrap_or(&self.operator);
        op.strip_suffix("IfExists").unwrap_or(op)
    }
}

/// Whether an IAM pattern (`*` and `?` wildcards) matches a value. Actions compare
/// case-insensitively, as IAM does.
pub fn wildcard_match(pattern: &str, value: &str, case_insensitive: bool) -> bool {
    let (p, v): (Vec<char>, Vec<char>) = if case_insensitive {
        (
            pattern.to_ascii_lowercase().chars().collect(),
            value.to_ascii_lowercase().chars().collect(),
        )
    } else {
        (pattern.chars().collect(), value.chars().collect())
    };
    // Iterative glob matching with backtracking to the last `*`.
    let (mut pi, mut vi) = (0usize, 0usize);
    let (mut star, mut mark) = (None::<usize>, 0usize);
    while vi < v.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == v[vi]) {
            pi += 1;
            vi += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = vi;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            vi = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// Whether an action pattern of a policy matches `action` (`iam:PassRole`, `*`).
pub fn action_matches(pattern: &str, action: &str) -> bool {
    pattern != UNKNOWN && wildcard_match(pattern.trim(), action, true)
}

impl Statement {
    /// `Some(true)` for `Allow`, `Some(false)` for `Deny`, `None` when not known.
    pub fn is_allow(&self) -> Option<bool> {
        match self.effect.as_str() {
            "Allow" => Some(true),
            "Deny" => Some(false),
            _ => None,
        }
    }

    /// Whether the statement's `Action` (or `NotAction`) covers `action`; `None` when an
    /// unknown item decides it.
    pub fn covers_action(&self, action: &str) -> Option<bool> {
        if !self.actions.is_empty() {
            if self.actions.iter().any(|p| action_matches(p, action)) {
                return Some(true);
            }
            if self.actions.iter().any(|p| p == UNKNOWN) {
                return None;
            }
            return Some(false);
        }
        if !self.not_actions.is_empty() {
            if self.not_actions.iter().any(|p| action_matches(p, action)) {
                return Some(false);
            }
            if self.not_actions.iter().any(|p| p == UNKNOWN) {
                return None;
            }
            return Some(true);
        }
        Some(false)
    }

    /// Whether the statement applies to every resource: `Resource: "*"`, or a `NotResource`
    /// (everything but the listed resources). `None` when an unknown item decides it.
    pub fn covers_all_resources(&self) -> Option<bool> {
        self.covers_resources(|r| r == "*")
    }

    /// Whether one of the statement's resources satisfies `wide` (`*`, `arn:aws:iam::*:role/*`
    /// ...), or it uses `NotResource`; `None` when an unknown item decides it.
    pub fn covers_resources(&self, wide: impl Fn(&str) -> bool) -> Option<bool> {
        if self
            .resources
            .iter()
            .any(|r| r != UNKNOWN && wide(r.trim()))
        {
            return Some(true);
        }
        if !self.not_resources.is_empty() {
            return Some(true);
        }
        if self.resources.iter().any(|r| r == UNKNOWN) {
            return None;
        }
        Some(false)
    }

    /// Whether the statement allows `action` on every resource (see
    /// [`Statement::covers_all_resources`]); `None` when unknown parts decide it.
    pub fn allows_action_on_any_resource(&self, action: &str) -> Option<bool> {
        self.allows_action_on(action, |r| r == "*")
    }

    /// Whether the statement allows `action` on resources satisfying `wide`; `None` when
    /// unknown parts decide it.
    pub fn allows_action_on(&self, action: &str, wide: impl Fn(&str) -> bool) -> Option<bool> {
        tri_and(&[
            self.is_allow(),
            self.covers_action(action),
            self.covers_resources(&wide),
        ])
    }

    /// Whether the statement's principal is anyone: `"*"`, `{"AWS": "*"}` (or a `NotPrincipal`,
    /// which names everyone but the listed principals). `None` when an unknown principal
    /// decides it.
    pub fn principal_is_anyone(&self) -> Option<bool> {
        if self
            .principals
            .iter()
            .any(|(k, v)| (k == "*" || k == "AWS") && v.trim() == "*")
        {
            return Some(true);
        }
        if !self.not_principals.is_empty() {
            return Some(true);
        }
        if self.principals.iter().any(|(_, v)| v == UNKNOWN) {
            return None;
        }
        Some(false)
    }

    /// The condition entries on `key` (compared case-insensitively, as IAM does).
    pub fn conditions_on<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Condition> {
        self.conditions
            .iter()
            .filter(move |c| c.key.eq_ignore_ascii_case(key))
    }
}

/// `true` if all are true, `false` if one is false (a known `false` wins over an unknown),
/// `None` otherwise.
pub fn tri_and(parts: &[Option<bool>]) -> Option<bool> {
    if parts.contains(&Some(false)) {
        Some(false)
    } else if parts.contains(&None) {
        None
    } else {
        Some(true)
    }
}

impl PolicyDocument {
    /// Reads a policy from a resolved node: a map with `Statement`, or a JSON string.
    /// Returns `None` when the document (its `Statement` list) is not known. Statements that
    /// are not known make the document [`incomplete`](PolicyDocument::incomplete); unknown
    /// items inside a statement become [`UNKNOWN`].
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
                let mut doc = PolicyDocument::default();
                for s in list {
                    if !matches!(s.v, Dyn::Map(_)) {
                        if !s.is_null() {
                            doc.incomplete = true;
                        }
                        continue;
                    }
                    let effect = match s.get("Effect").map(|e| &e.v) {
                        Some(Dyn::String(e)) => e.clone(),
                        // IAM rejects a statement without an effect; treat it as unknown.
                        _ => UNKNOWN.to_string(),
                    };
                    let cond = s.get("Condition");
                    doc.statements.push(Statement {
                        sid: s.get("Sid").and_then(|x| x.as_str()).map(str::to_string),
                        effect,
                        actions: strs(s.get("Action")),
                        not_actions: strs(s.get("NotAction")),
                        resources: strs(s.get("Resource")),
                        not_resources: strs(s.get("NotResource")),
                        principals: principals(s.get("Principal")),
                        not_principals: principals(s.get("NotPrincipal")),
                        has_condition: cond.is_some_and(|c| {
                            !c.is_null() && c.as_map().is_none_or(|m| !m.is_empty())
                        }),
                        conditions: conditions(cond),
                        origin: s.origin.clone(),
                    });
                }
                Some(doc)
            }
            _ => None,
        }
    }
}

fn scalar(x: &Node) -> String {
    match &x.v {
        Dyn::String(s) => s.clone(),
        Dyn::Bool(b) => b.to_string(),
        Dyn::Number(n) => crate::value::number_json(*n).to_string(),
        _ => UNKNOWN.into(),
    }
}

fn strs(n: Option<&Node>) -> Vec<String> {
    match n.map(|n| &n.v) {
        None | Some(Dyn::Null) => Vec::new(),
        Some(Dyn::List(l)) => l.iter().filter(|x| !x.is_null()).map(scalar).collect(),
        Some(_) => vec![scalar(n.expect("matched Some"))],
    }
}

fn principals(n: Option<&Node>) -> Vec<(String, String)> {
    match n.map(|n| &n.v) {
        None | Some(Dyn::Null) => Vec::new(),
        Some(Dyn::String(s)) => vec![("*".into(), s.clone())],
        Some(Dyn::Map(m)) => m
            .iter()
            .flat_map(|(k, v)| strs(Some(v)).into_iter().map(move |x| (k.clone(), x)))
            .collect(),
        Some(_) => vec![(UNKNOWN.into(), UNKNOWN.into())],
    }
}

fn conditions(n: Option<&Node>) -> Vec<Condition> {
    let Some(Dyn::Map(ops)) = n.map(|n| &n.v) else {
        return match n {
            Some(c) if !c.is_null() => vec![Condition {
                operator: UNKNOWN.into(),
                key: UNKNOWN.into(),
                values: vec![UNKNOWN.into()],
            }],
            _ => Vec::new(),
        };
    };
    let mut out = Vec::new();
    for (op, keys) in ops {
        match &keys.v {
            Dyn::Map(m) => {
                for (k, v) in m {
                    out.push(Condition {
                        operator: op.clone(),
                        key: k.clone(),
                        values: strs(Some(v)),
                    });
                }
            }
            _ => out.push(Condition {
                operator: op.clone(),
                key: UNKNOWN.into(),
                values: vec![UNKNOWN.into()],
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(json: &str) -> PolicyDocument {
        PolicyDocument::from_node(&Node::new(Dyn::String(json.into()), Origin::Synthetic))
            .expect("a policy")
    }

    #[test]
    fn parses_json_policy_strings() {
        let p = doc(
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":["*"],"Principal":{"AWS":"*"}}}"#,
        );
        assert_eq!(p.statements.len(), 1);
        assert_eq!(p.statements[0].actions, vec!["*"]);
        assert_eq!(p.statements[0].principals, vec![("AWS".into(), "*".into())]);
        assert!(!p.statements[0].has_condition);
        assert!(!p.incomplete);
        assert_eq!(
            p.statements[0].allows_action_on_any_resource("s3:GetObject"),
            Some(true)
        );
        assert_eq!(p.statements[0].principal_is_anyone(), Some(true));
    }

    #[test]
    fn wildcards_match_like_iam() {
        assert!(action_matches("*", "iam:PassRole"));
        assert!(action_matches("iam:*", "iam:PassRole"));
        assert!(action_matches("IAM:pass*", "iam:PassRole"));
        assert!(action_matches("iam:P?ssRole", "iam:PassRole"));
        assert!(!action_matches("iam:Get*", "iam:PassRole"));
        assert!(!action_matches("s3:*", "iam:PassRole"));
        assert!(!action_matches(UNKNOWN, "iam:PassRole"));
        assert!(wildcard_match("a*b*c", "axxbyyc", false));
        assert!(!wildcard_match("a*b*c", "axxbyy", false));
    }

    #[test]
    fn unknown_items_make_answers_unknown() {
        let o = Origin::Synthetic;
        let s = |k: &str, v: Dyn| (k.to_string(), Node::new(v, o.clone()));
        let stmt = Node::new(
            Dyn::Map(
                [
                    s("Effect", Dyn::String("Allow".into())),
                    s(
                        "Action",
                        Dyn::List(vec![Node::unknown("a parameter", vec![], o.clone())]),
                    ),
                    s("Resource", Dyn::String("*".into())),
                ]
                .into_iter()
                .collect(),
            ),
            o.clone(),
        );
        let doc = Node::new(
            Dyn::Map(
                [(
                    "Statement".to_string(),
                    Node::new(
                        Dyn::List(vec![stmt, Node::unknown("a condition", vec![], o.clone())]),
                        o.clone(),
                    ),
                )]
                .into_iter()
                .collect(),
            ),
            o,
        );
        let p = PolicyDocument::from_node(&doc).unwrap();
        assert!(p.incomplete);
        assert_eq!(p.statements.len(), 1);
        assert_eq!(p.statements[0].actions, vec![UNKNOWN]);
        assert_eq!(
            p.statements[0].allows_action_on_any_resource("iam:PassRole"),
            None
        );
    }

    #[test]
    fn not_action_and_deny_and_conditions() {
        let p = doc(r#"{"Statement":[
              {"Effect":"Allow","NotAction":"iam:*","Resource":"*"},
              {"Effect":"Deny","Action":"*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}},
              {"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Principal":"*",
               "Condition":{"StringEqualsIfExists":{"aws:PrincipalOrgID":["o-1"]}}}
            ]}"#);
        let s = &p.statements;
        assert_eq!(
            s[0].allows_action_on_any_resource("iam:PassRole"),
            Some(false)
        );
        assert_eq!(
            s[0].allows_action_on_any_resource("s3:GetObject"),
            Some(true)
        );
        assert_eq!(
            s[1].allows_action_on_any_resource("s3:GetObject"),
            Some(false)
        );
        let c: Vec<_> = s[1].conditions_on("AWS:SecureTransport").collect();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].operator, "Bool");
        assert_eq!(c[0].values, vec!["false"]);
        assert_eq!(s[2].conditions[0].base_operator(), "StringEquals");
        assert_eq!(s[2].principal_is_anyone(), Some(true));
        assert_eq!(
            s[2].allows_action_on_any_resource("s3:GetObject"),
            Some(false)
        );
    }
}
