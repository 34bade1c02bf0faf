//! `AWS::IAM::*` roles, users, groups and policies → `aws::iam::Policies`.

use super::{field, unknown_reason};
use crate::eval::Evaluated;
use parapet_model::aws::iam::{Document, Kind, Policies};
use parapet_model::policy::PolicyDocument;
use parapet_model::{conv, Dyn, Node, Origin, Value};

/// A policy document property: a map (or a JSON string). Missing is `Defaulted(None)`; a
/// document whose statement list cannot be resolved is `Unknown`. Statements and items that
/// are not known are kept as such inside the document.
pub(crate) fn document(n: Option<Node>, fallback: &Origin) -> Value<Option<PolicyDocument>> {
    let Some(n) = n else {
        return Value::defaulted(None, fallback.clone());
    };
    if n.is_null() {
        return Value::defaulted(None, n.origin);
    }
    if let Some(r) = unknown_reason(&n) {
        return Value::unknown(format!("the policy document is not known: {r}"), n.origin);
    }
    match PolicyDocument::from_node(&n) {
        Some(p) => Value::explicit(Some(p), n.origin),
        None => Value::unknown("the policy document's statements are not known", n.origin),
    }
}

/// The `Policies` list of a role, user or group.
fn inline(p: &Node, o: &Origin) -> Vec<Document> {
    let Some(list) = field(p, "Policies") else {
        return Vec::new();
    };
    match &list.v {
        Dyn::Null => Vec::new(),
        Dyn::List(items) => items
            .iter()
            .filter(|i| !i.is_null())
            .map(|i| match unknown_reason(i) {
                Some(r) => Document {
                    name: Value::unknown(r.clone(), i.origin.clone()),
                    policy: Value::unknown(r, i.origin.clone()),
                    origin: i.origin.clone(),
                },
                None => Document {
                    name: conv::opt_string(field(i, "PolicyName").as_ref(), &i.origin),
                    policy: document(field(i, "PolicyDocument"), &i.origin),
                    origin: i.origin.clone(),
                },
            })
            .collect(),
        _ => {
            let r = unknown_reason(&list).unwrap_or_else(|| "Policies is not a list".into());
            vec![Document {
                name: Value::unknown(r.clone(), list.origin.clone()),
                policy: Value::unknown(r, list.origin.clone()),
                origin: o.clone(),
            }]
        }
    }
}

pub(crate) fn policies(ev: &Evaluated) -> Policies {
    let o = &ev.origin;
    let p = &ev.props;
    let no_trust = || Value::defaulted(None, o.clone());
    let single = |kind, name_key: &str| {
        let name = conv::opt_string(field(p, name_key).as_ref(), o);
        Policies {
            kind,
            name: name.clone(),
            documents: vec![Document {
                name,
                policy: document(field(p, "PolicyDocument"), o),
                origin: o.clone(),
            }],
            trust_policy: no_trust(),
        }
    };
    match ev.ty.as_str() {
        "AWS::IAM::Role" => Policies {
            kind: Kind::Role,
            name: conv::opt_string(field(p, "RoleName").as_ref(), o),
            documents: inline(p, o),
            trust_policy: match field(p, "AssumeRolePolicyDocument") {
                // Required: an incomplete template, not a default.
                None => Value::unknown("AssumeRolePolicyDocument is not set", o.clone()),
                Some(d) => document(Some(d), o),
            },
        },
        "AWS::IAM::User" => Policies {
            kind: Kind::User,
            name: conv::opt_string(field(p, "UserName").as_ref(), o),
            documents: inline(p, o),
            trust_policy: no_trust(),
        },
        "AWS::IAM::Group" => Policies {
            kind: Kind::Group,
            name: conv::opt_string(field(p, "GroupName").as_ref(), o),
            documents: inline(p, o),
            trust_policy: no_trust(),
        },
        "AWS::IAM::ManagedPolicy" => single(Kind::ManagedPolicy, "ManagedPolicyName"),
        // AWS::IAM::Policy, AWS::IAM::RolePolicy, AWS::IAM::UserPolicy, AWS::IAM::GroupPolicy
        _ => single(Kind::InlinePolicy, "PolicyName"),
    }
}

/// The resource types this adapter models.
pub(crate) const TYPES: &[&str] = &[
    "AWS::IAM::Role",
    "AWS::IAM::User",
    "AWS::IAM::Group",
    "AWS::IAM::ManagedPolicy",
    "AWS::IAM::Policy",
    "AWS::IAM::RolePolicy",
    "AWS::IAM::UserPolicy",
    "AWS::IAM::GroupPolicy",
];
