//! AWS-SQS-003: a queue is not encrypted with a customer managed KMS key.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SqsQueue(q) = &ctx.resource.config else {
            return;
        };
        match q.kms_master_key_id.get() {
            None => out.skip(
                &q.kms_master_key_id.origin,
                "the queue's KMS key is not known",
            ),
            Some(Some(k)) if !k.trim().is_empty() => {
                let k = k.trim();
                if k == "alias/aws/sqs" || k.ends_with(":alias/aws/sqs") {
                    out.fail(
                        &q.kms_master_key_id.origin,
                        "the queue is encrypted with the AWS managed key aws/sqs: its key policy cannot be changed, so access to the messages cannot be narrowed or shared with other accounts' producers",
                    );
                } else {
                    out.pass(&q.kms_master_key_id.origin);
                }
            }
            // No encryption at all is AWS-SQS-001's finding.
            Some(_) => out.expect(
                &q.sqs_managed_sse,
                |on| *on,
                "the queue is encrypted with SQS-owned keys (SSE-SQS): no key policy or CloudTrail record governs who can read the messages",
            ),
        }
    }
}
