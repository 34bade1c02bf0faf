//! `AWS::SNS::Topic` → `aws::sns::Topic`, `AWS::SNS::Subscription` →
//! `aws::sns::Subscription`, and the joins of topic and queue policies
//! (`AWS::SNS::TopicPolicy`, `AWS::SNS::TopicInlinePolicy`, `AWS::SQS::QueuePolicy`,
//! `AWS::SQS::QueueInlinePolicy`) into the topics and queues they name.

use super::aws_common::prop;
use super::aws_iam::document;
use super::required;
use crate::eval::{Ctx, Evaluated};
use parapet_model::aws::sns::{Subscription, Topic};
use parapet_model::aws::sqs::Queue;
use parapet_model::{conv, Config, Value};

pub(crate) fn topic(ev: &Evaluated) -> Topic {
    let o = &ev.origin;
    let p = &ev.props;
    Topic {
        name: conv::opt_string(prop(p, "TopicName").as_ref(), o),
        kms_master_key_id: conv::opt_string(prop(p, "KmsMasterKeyId").as_ref(), o),
        // Joined with the topic policy resources in `join_policies`.
        policy: Value::defaulted(None, o.clone()),
    }
}

pub(crate) fn subscription(ev: &Evaluated) -> Subscription {
    subscription_of(&ev.props, &ev.origin)
}

/// A subscription from its `Protocol` and `Endpoint` (a subscription resource's properties, or
/// one entry of a topic's `Subscription` list).
fn subscription_of(p: &parapet_model::Node, o: &parapet_model::Origin) -> Subscription {
    Subscription {
        protocol: required(
            conv::opt_string(prop(p, "Protocol").as_ref(), o),
            "Protocol",
        ),
        endpoint: conv::opt_string(prop(p, "Endpoint").as_ref(), o),
    }
}

/// The subscriptions a topic declares inline (`Subscription`), each as a subscription of its
/// own, with the index of the entry. A list that cannot be resolved gives none (nothing is
/// known to check).
pub(crate) fn inline_subscriptions(ev: &Evaluated) -> Vec<(usize, Subscription)> {
    if ev.ty != "AWS::SNS::Topic" {
        return Vec::new();
    }
    let Some(list) = prop(&ev.props, "Subscription") else {
        return Vec::new();
    };
    list.as_list()
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, entry)| (i, subscription_of(entry, &entry.origin)))
        .collect()
}

/// Joins each topic or queue policy into the topics or queues it references (`Topics`,
/// `TopicArn`, `Queues`, `Queue`). A policy whose target is not in the template stands for
/// it, with the target's other settings unknown.
pub(crate) fn join_policies(ctx: &mut Ctx<'_>, evs: &[Evaluated], configs: &mut [Config]) {
    for (i, ev) in evs.iter().enumerate() {
        let (key, target_ty) = match ev.ty.as_str() {
            "AWS::SNS::TopicPolicy" => ("Topics", "AWS::SNS::Topic"),
            "AWS::SNS::TopicInlinePolicy" => ("TopicArn", "AWS::SNS::Topic"),
            "AWS::SQS::QueuePolicy" => ("Queues", "AWS::SQS::Queue"),
            "AWS::SQS::QueueInlinePolicy" => ("Queue", "AWS::SQS::Queue"),
            _ => continue,
        };
        let policy = document(prop(&ev.props, "PolicyDocument"), &ev.origin);
        let refs = prop(&ev.props, key).map(|n| n.refs()).unwrap_or_default();
        let targets: Vec<usize> = refs
            .iter()
            .filter_map(|r| r.strip_prefix("Resources."))
            .filter_map(|id| evs.iter().position(|e| e.id == id && e.ty == target_ty))
            .collect();
        if targets.is_empty() {
            configs[i] = if target_ty == "AWS::SNS::Topic" {
                Config::SnsTopic(Box::new(Topic {
                    name: absent("topic", &ev.origin),
                    kms_master_key_id: absent("topic", &ev.origin),
                    policy,
                }))
            } else {
                Config::SqsQueue(Box::new(Queue {
                    name: absent("queue", &ev.origin),
                    kms_master_key_id: absent("queue", &ev.origin),
                    sqs_managed_sse: absent("queue", &ev.origin),
                    policy,
                }))
            };
            continue;
        }
        for t in targets {
            let Some(holds) = super::attach(ctx, evs, i, t) else {
                continue;
            };
            let value = super::when_attached(&holds, "the policy", ev, || policy.clone());
            match &mut configs[t] {
                Config::SnsTopic(x) => x.policy = value,
                Config::SqsQueue(x) => x.policy = value,
                _ => {}
            }
        }
    }
}

/// A setting of a topic or queue that is not declared here.
fn absent<T>(what: &str, origin: &parapet_model::Origin) -> Value<T> {
    Value::unknown(
        format!("the {what} is not declared in this template"),
        origin.clone(),
    )
}
