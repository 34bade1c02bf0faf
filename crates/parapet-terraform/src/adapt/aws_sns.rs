//! `aws_sns_topic` → `aws::sns::Topic`, `aws_sns_topic_subscription` →
//! `aws::sns::Subscription`, and the joins of `aws_sns_topic_policy` and
//! `aws_sqs_queue_policy` into the topic and queue they name.

use super::aws_iam::document;
use super::targets;
use crate::module::RawResource;
use parapet_model::aws::sns::{Subscription, Topic};
use parapet_model::aws::sqs::Queue;
use parapet_model::{conv, Config, Edge, EdgeKind, Resource, State, Value};

/// `name`, or `name_prefix`.
pub(crate) fn name(r: &RawResource) -> parapet_model::Value<Option<String>> {
    match r.node.get("name") {
        Some(x) => conv::opt_string(Some(x), &r.origin),
        None => conv::opt_string(r.node.get("name_prefix"), &r.origin),
    }
}

pub(crate) fn topic(r: &RawResource) -> Topic {
    Topic {
        name: name(r),
        kms_master_key_id: conv::opt_string(r.node.get("kms_master_key_id"), &r.origin),
        policy: document(r.node.get("policy"), &r.origin),
    }
}

pub(crate) fn subscription(r: &RawResource) -> Subscription {
    let o = &r.origin;
    let protocol = conv::opt_string(r.node.get("protocol"), o);
    let origin = protocol.origin.clone();
    Subscription {
        protocol: match protocol.state {
            State::Explicit(Some(p)) => Value::explicit(p, origin),
            State::Unknown(why) => Value::unknown(why, origin),
            // Required by the provider: an incomplete configuration.
            _ => Value::unknown("protocol is not set", origin),
        },
        endpoint: conv::opt_string(r.node.get("endpoint"), o),
    }
}

/// Joins `aws_sns_topic_policy` (by `arn`) and `aws_sqs_queue_policy` (by `queue_url`) into
/// the topic or queue they reference. A policy whose topic or queue is not declared here
/// stands for it, with its other settings unknown.
pub(crate) fn join(raw: &[RawResource], out: &mut [Resource], edges: &mut Vec<Edge>) {
    let topics = super::of_types(raw, &["aws_sns_topic"]);
    let queues = super::of_types(raw, &["aws_sqs_queue"]);
    for (i, r) in raw.iter().enumerate() {
        let ts = match r.rtype.as_str() {
            "aws_sns_topic_policy" => targets(r, "arn", &topics, "arn"),
            "aws_sqs_queue_policy" => targets(r, "queue_url", &queues, "url"),
            _ => continue,
        };
        let policy = document(r.node.get("policy"), &r.origin);
        if ts.is_empty() {
            out[i].config = if r.rtype == "aws_sns_topic_policy" {
                Config::SnsTopic(Box::new(Topic {
                    name: absent("topic", &r.origin),
                    kms_master_key_id: absent("topic", &r.origin),
                    policy,
                }))
            } else {
                Config::SqsQueue(Box::new(Queue {
                    name: absent("queue", &r.origin),
                    kms_master_key_id: absent("queue", &r.origin),
                    sqs_managed_sse: absent("queue", &r.origin),
                    policy,
                }))
            };
            continue;
        }
        for t in ts {
            match &mut out[t].config {
                Config::SnsTopic(x) => x.policy = policy.clone(),
                Config::SqsQueue(x) => x.policy = policy.clone(),
                _ => continue,
            }
            edges.push(Edge {
                from: i,
                to: t,
                kind: EdgeKind::Attaches,
            });
        }
    }
}

/// A setting of a topic or queue that is not declared here.
fn absent<T>(what: &str, origin: &parapet_model::Origin) -> Value<T> {
    Value::unknown(
        format!("the {what} is not declared in this configuration"),
        origin.clone(),
    )
}
