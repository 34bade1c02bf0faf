//! IAM roles and policy resources → `aws::iam::Policies`.

use super::blocks;
use crate::module::RawResource;
use parapet_model::aws::iam::{Document, Kind, Policies};
use parapet_model::policy::PolicyDocument;
use parapet_model::{conv, Dyn, Node, Origin, Value};

/// A policy document attribute: a JSON string (`jsonencode(...)`, a heredoc, `file(...)`).
/// Missing is `Defaulted(None)`; a document that is not fully known (a
/// `data.aws_iam_policy_document`, a reference inside `jsonencode`) is `Unknown`.
pub(crate) fn document(n: Option<&Node>, fallback: &Origin) -> Value<Option<PolicyDocument>> {
    match n {
        None => Value::defaulted(None, fallback.clone()),
        Some(n) if n.is_null() => Value::defaulted(None, n.origin.clone()),
        Some(n) => match &n.v {
            Dyn::Unknown(u) => Value::unknown(
                format!("the policy document is not known: {}", u.reason),
                n.origin.clone(),
            ),
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

/// `aws_iam_role`, `aws_iam_policy`, `aws_iam_{role,user,group}_policy`.
pub(crate) fn policies(r: &RawResource) -> Policies {
    let n = &r.node;
    let o = &r.origin;
    let single = |kind| Policies {
        kind,
        name: name(n, o),
        documents: vec![Document {
            name: name(n, o),
            policy: document(n.get("policy"), o),
            origin: o.clone(),
        }],
        trust_policy: Value::defaulted(None, o.clone()),
    };
    match r.rtype.as_str() {
        "aws_iam_policy" => single(Kind::ManagedPolicy),
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
            }
        }
        _ => single(Kind::InlinePolicy),
    }
}
