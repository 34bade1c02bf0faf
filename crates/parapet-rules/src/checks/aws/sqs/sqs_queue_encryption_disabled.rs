//! AWS-SQS-001: a queue turns off server-side encryption.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::SqsQueue(q) = &ctx.resource.config else {
            return;
        };
        // SSE-KMS with a named key encrypts whatever SSE-SQS says.
        match q.kms_master_key_id.get() {
            None => {
                out.skip(
                    &q.kms_master_key_id.origin,
                    "the queue's KMS key is not known",
                );
                return;
            }
            Some(Some(k)) if !k.trim().is_empty() => {
                out.pass(&q.kms_master_key_id.origin);
                return;
            }
            Some(_) => {}
        }
        out.expect(
            &q.sqs_managed_sse,
            |on| !on,
            "server-side encryption is turned off: SSE-SQS is disabled and no KMS key is set, so messages are stored unencrypted",
        );
    }
}
