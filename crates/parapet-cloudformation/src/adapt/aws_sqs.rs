//! `AWS::SQS::Queue` → `aws::sqs::Queue`.

use super::aws_common::prop;
use crate::eval::Evaluated;
use parapet_model::aws::sqs::Queue;
use parapet_model::{conv, Value};

pub(crate) fn queue(ev: &Evaluated) -> Queue {
    let o = &ev.origin;
    let p = &ev.props;
    Queue {
        name: conv::opt_string(prop(p, "QueueName").as_ref(), o),
        kms_master_key_id: conv::opt_string(prop(p, "KmsMasterKeyId").as_ref(), o),
        // SQS turns SSE-SQS on for new queues unless told otherwise (since October 2022).
        sqs_managed_sse: conv::bool(prop(p, "SqsManagedSseEnabled").as_ref(), true, o),
        // Joined with `AWS::SQS::QueuePolicy` / `AWS::SQS::QueueInlinePolicy` in
        // `aws_sns::join_policies`.
        policy: Value::defaulted(None, o.clone()),
    }
}
