//! IAM roles and policy resources → `aws::iam::Policies`.

use super::blocks;
use crate::module::RawResource;
use parapet_model::aws::iam::{AccessKey, Document, Kind, Policies};
use parapet_model::policy::PolicyDocument;
use parapet_model::{conv, Dyn, Node, Origin, Value};

/// A policy document attribute: a JSON string (`jsonencode(...)`, a heredoc, `file(...)`).
/// Missing is `Defaulted(None)`. A `jsonencode({...})` with unresolved parts (an ARN of another
/// resource, a variable) is read with those parts unknown; a document whose structure is not
/// known at all is `Unknown`.
pub(crate) fn document(n: Option<&Node>, fallback: &Origin) -> Value<Option<PolicyDocument>> {
    match n {
        None => Value::defaulted(None, fallback.clone()),
        Some(n) if n.is_null() => Value::defaulted(None, n.origin.clone()),
        Some(n) => match &n.v {
            // `jsonencode({...})` with unresolved parts: read the structure, those parts
            // unknown.
            Dyn::Unknown(u) => match u.partial.as_deref().and_then(PolicyDocument::from_node) {
                Some(p) => Value::explicit(Some(p), n.origin.clone()),
                None => Value::unknown(
                    format!("the policy document is not known: {}", u.reason),
                    n.origin.clone(),
                ),
            },
            Dyn::String(s) if s.trim().is_empty() => Value::defaulted(None, n.origin.clone()),
            _ => match PolicyDocument::from_node(n) {
                Some(p) => Value::explicit(Some(p), n.origin.clone()),
                None => Value::unknown(
                    "the policy document could not be read as IAM policy JSON",
                    n.origin.clone(),
                ),
            },
        },
    }
}

fn name(n: &Node, o: &Origin) -> Value<Option<String>> {
    match n.get("name") {
        Some(x) => conv::opt_string(Some(x), o),
        None => conv::opt_string(n.get("name_prefix"), o),
    }
}

/// A list of managed policy ARNs (or one ARN), one value per item.
pub(crate) fn arns(n: Option<&Node>) -> Vec<Value<String>> {
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
        _ => vec![one(n)],
    }
}

/// Whether a list attribute of principals (`users`) names at least one: an unknown item
/// still counts, an unknown list is unknown.
pub(crate) fn names_any(n: Option<&Node>, fallback: &Origin) -> Value<bool> {
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

/// `aws_iam_access_key` → `aws::iam::AccessKey`.
pub(crate) fn access_key(r: &RawResource) -> AccessKey {
    let n = &r.node;
    let o = &r.origin;
    AccessKey {
        user: conv::opt_string(n.get("user"), o),
        active: conv::string(n.get("status"), "Active", o).map(|s| s == "Active"),
    }
}

/// `aws_iam_role`, `aws_iam_policy`, `aws_iam_{role,user,group}_policy`, and the
/// `aws_iam_*_policy_attachment` resources.
pub(crate) fn policies(r: &RawResource) -> Policies {
    let n = &r.node;
    let o = &r.origin;
    let single = |kind, attached_to_users| Policies {
        kind,
        name: name(n, o),
        documents: vec![Document {
            name: name(n, o),
            policy: document(n.get("policy"), o),
            origin: o.clone(),
        }],
        trust_policy: Value::defaulted(None, o.clone()),
        managed_policy_arns: Vec::new(),
        attached_to_users,
        console_password_in_code: Value::defaulted(false, o.clone()),
    };
    match r.rtype.as_str() {
        "aws_iam_policy" => single(Kind::ManagedPolicy, Value::defaulted(false, o.clone())),
        "aws_iam_user_policy" => single(
            Kind::InlinePolicy,
            Value::explicit(true, n.get("user").map_or(o, |u| &u.origin).clone()),
        ),
        "aws_iam_user_policy_attachment"
        | "aws_iam_role_policy_attachment"
        | "aws_iam_group_policy_attachment"
        | "aws_iam_policy_attachment" => Policies {
            kind: Kind::Attachment,
            name: conv::opt_string(n.get("name"), o),
            documents: Vec::new(),
            trust_policy: Value::defaulted(None, o.clone()),
            managed_policy_arns: arns(n.get("policy_arn")),
            attached_to_users: match r.rtype.as_str() {
                "aws_iam_user_policy_attachment" => {
                    Value::explicit(true, n.get("user").map_or(o, |u| &u.origin).clone())
                }
                "aws_iam_policy_attachment" => names_any(n.get("users"), o),
                _ => Value::defaulted(false, o.clone()),
            },
            console_password_in_code: Value::defaulted(false, o.clone()),
        },
        "aws_iam_role" => {
            let mut documents = Vec::new();
            match n.get("inline_policy").map(|x| &x.v) {
                Some(Dyn::Unknown(u)) => documents.push(Document {
                    name: Value::unknown(u.reason.clone(), o.clone()),
                    policy: Value::unknown(u.reason.clone(), o.clone()),
                    origin: o.clone(),
                }),
                _ => {
                    for b in blocks(n, "inline_policy") {
                        // An empty `inline_policy {}` block removes the role's inline policies.
                        if b.get("policy").is_none() && b.get("name").is_none() {
                            continue;
                        }
                        documents.push(Document {
                            name: conv::opt_string(b.get("name"), &b.origin),
                            policy: document(b.get("policy"), &b.origin),
                            origin: b.origin.clone(),
                        });
                    }
                }
            }
            let trust = match n.get("assume_role_policy") {
                // Required by the provider: an incomplete configuration, not a default.
                None => Value::unknown("assume_role_policy is not set", o.clone()),
                Some(x) => document(Some(x), o),
            };
            Policies {
                kind: Kind::Role,
                name: name(n, o),
                documents,
                trust_policy: trust,
                managed_policy_arns: arns(n.get("managed_policy_arns")),
                attached_to_users: Value::defaulted(false, o.clone()),
                console_password_in_code: Value::defaulted(false, o.clone()),
            }
        }
        _ => single(Kind::InlinePolicy, Value::defaulted(false, o.clone())),
    }
}
