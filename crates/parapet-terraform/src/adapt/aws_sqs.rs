//! `aws_sqs_queue` → `aws::sqs::Queue`.

use super::aws_iam::document;
use super::aws_sns::name;
use crate::module::RawResource;
use parapet_model::aws::sqs::Queue;
use parapet_model::conv;

pub(crate) fn queue(r: &RawResource) -> Queue {
    Queue {
        name: name(r),
        kms_master_key_id: conv::opt_string(r.node.get("kms_master_key_id"), &r.origin),
        // SQS turns SSE-SQS on for new queues unless told otherwise (since October 2022).
        sqs_managed_sse: conv::bool(r.node.get("sqs_managed_sse_enabled"), true, &r.origin),
        policy: document(r.node.get("policy"), &r.origin),
    }
}
