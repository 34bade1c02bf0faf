//! `AWS::IAM::*` roles, users, groups and policies → `aws::iam::Policies`.

use super::{field, unknown_reason};
use crate::eval::Evaluated;
use parapet_model::aws::iam::{AccessKey, Document, Kind, Policies};
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

/// `ManagedPolicyArns`: one value per ARN.
fn arns(n: Option<Node>) -> Vec<Value<String>> {
    let Some(n) = n else { return Vec::new() };
    let one = |x: &Node| match &x.v {
        Dyn::String(s) => Value::explicit(s.clone(), x.origin.clone()),
        Dyn::Unknown(u) => Value::unknown(u.reason.clone(), x.origin.clone()),
        other => Value::unknown(
            format!("expected a policy ARN, found {}", conv::type_name(other)),
            x.origin.clone(),
        ),
    };
    match &n.v {
        Dyn::Null => Vec::new(),
        Dyn::List(items) => items.iter().filter(|x| !x.is_null()).map(one).collect(),
        _ => vec![one(&n)],
    }
}

/// Whether a `Users` list names at least one user (an unresolved item still counts).
fn names_any(n: Option<Node>, fallback: &Origin) -> Value<bool> {
    match n {
        None => Value::defaulted(false, fallback.clone()),
        Some(x) => match &x.v {
            Dyn::Null => Value::defaulted(false, x.origin.clone()),
            Dyn::List(l) => Value::explicit(l.iter().any(|i| !i.is_null()), x.origin.clone()),
            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), x.origin.clone()),
            _ => Value::explicit(true, x.origin.clone()),
        },
    }
}

/// Whether a user's `LoginProfile.Password` is written (a literal or a parameter default)
/// rather than a `{{resolve:...}}` dynamic reference.
fn console_password(p: &Node, o: &Origin) -> Value<bool> {
    let Some(lp) = field(p, "LoginProfile").filter(|x| !x.is_null()) else {
        return Value::defaulted(false, o.clone());
    };
    if let Some(r) = unknown_reason(&lp) {
        return Value::unknown(r, lp.origin);
    }
    match field(&lp, "Password") {
        None => Value::defaulted(false, lp.origin),
        Some(x) => match &x.v {
            Dyn::Null => Value::defaulted(false, x.origin.clone()),
            Dyn::String(s) => Value::explicit(
                !s.is_empty() && !parapet_model::aws::rds::is_dynamic_reference(s),
                x.origin.clone(),
            ),
            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), x.origin.clone()),
            _ => Value::explicit(true, x.origin.clone()),
        },
    }
}

/// `AWS::IAM::AccessKey` → `aws::iam::AccessKey`.
pub(crate) fn access_key(ev: &Evaluated) -> AccessKey {
    let o = &ev.origin;
    let p = &ev.props;
    AccessKey {
        user: conv::opt_string(field(p, "UserName").as_ref(), o),
        active: conv::string(field(p, "Status").as_ref(), "Active", o).map(|s| s == "Active"),
    }
}

pub(crate) fn policies(ev: &Evaluated) -> Policies {
    let o = &ev.origin;
    let p = &ev.props;
    let no_trust = || Value::defaulted(None, o.clone());
    let no_users = || Value::defaulted(false, o.clone());
    let single = |kind, name_key: &str, attached_to_users| {
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
            managed_policy_arns: Vec::new(),
            attached_to_users,
            console_password_in_code: Value::defaulted(false, o.clone()),
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
            managed_policy_arns: arns(field(p, "ManagedPolicyArns")),
            attached_to_users: no_users(),
            console_password_in_code: Value::defaulted(false, o.clone()),
        },
        "AWS::IAM::User" => Policies {
            kind: Kind::User,
            name: conv::opt_string(field(p, "UserName").as_ref(), o),
            documents: inline(p, o),
            trust_policy: no_trust(),
            managed_policy_arns: arns(field(p, "ManagedPolicyArns")),
            attached_to_users: Value::explicit(true, o.clone()),
            console_password_in_code: console_password(p, o),
        },
        "AWS::IAM::Group" => Policies {
            kind: Kind::Group,
            name: conv::opt_string(field(p, "GroupName").as_ref(), o),
            documents: inline(p, o),
            trust_policy: no_trust(),
            managed_policy_arns: arns(field(p, "ManagedPolicyArns")),
            attached_to_users: no_users(),
            console_password_in_code: Value::defaulted(false, o.clone()),
        },
        "AWS::IAM::ManagedPolicy" => single(
            Kind::ManagedPolicy,
            "ManagedPolicyName",
            names_any(field(p, "Users"), o),
        ),
        "AWS::IAM::UserPolicy" => single(
            Kind::InlinePolicy,
            "PolicyName",
            Value::explicit(
                true,
                field(p, "UserName").map_or(o.clone(), |u| u.origin.clone()),
            ),
        ),
        "AWS::IAM::Policy" => single(
            Kind::InlinePolicy,
            "PolicyName",
            names_any(field(p, "Users"), o),
        ),
        // AWS::IAM::RolePolicy, AWS::IAM::GroupPolicy
        _ => single(Kind::InlinePolicy, "PolicyName", no_users()),
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
