//! AWS-S3-007: the bucket policy allows anyone, without a condition, and Block Public Access
//! does not stop it.

use crate::{Check, Ctx, Outcomes};
use parapet_model::policy::tri_and;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(b) = &ctx.resource.config else {
            return;
        };
        // BlockPublicPolicy rejects a public policy; RestrictPublicBuckets limits it to AWS
        // services and the bucket owner's account. Either makes the policy's principals moot.
        let pab = &b.public_access_block;
        let (block, restrict) = (
            pab.block_public_policy.get(),
            pab.restrict_public_buckets.get(),
        );
        if block == Some(&true) || restrict == Some(&true) {
            let at = if block == Some(&true) {
                &pab.block_public_policy.origin
            } else {
                &pab.restrict_public_buckets.origin
            };
            out.pass(at);
            return;
        }
        let blocked_unknown = block.is_none() || restrict.is_none();
        let p = &b.policy;
        let doc = match p.get() {
            None => {
                out.skip(
                    &p.origin,
                    format!(
                        "value is unknown: {}",
                        p.unknown_reason().unwrap_or("unresolved")
                    ),
                );
                return;
            }
            Some(None) => {
                out.pass(&p.origin);
                return;
            }
            Some(Some(d)) => d,
        };
        if doc.statements.is_empty() {
            out.pass(&p.origin);
        }
        for s in &doc.statements {
            let public = tri_and(&[s.is_allow(), s.principal_is_anyone()]);
            match (public, s.has_condition) {
                (Some(false), _) | (Some(true), true) => out.pass(&s.origin),
                (None, _) => out.skip(&s.origin, "the statement's effect or principal is not known"),
                (Some(true), false) if blocked_unknown => out.skip(
                    &s.origin,
                    "the bucket's Block Public Access settings are not known",
                ),
                (Some(true), false) => out.fail(
                        &s.origin,
                        format!(
                            "the bucket policy allows {} to anyone, without a condition, and Block Public Access does not stop it",
                            if s.actions.is_empty() {
                                "every action but those in NotAction".to_string()
                            } else {
                                s.actions.join(", ")
                            }
                        ),
                    ),
            }
        }
    }
}
