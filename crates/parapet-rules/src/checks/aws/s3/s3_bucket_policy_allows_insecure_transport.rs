//! AWS-S3-005: the bucket policy does not deny requests made without TLS.

use crate::{Check, Ctx, Outcomes};
use parapet_model::policy::{tri_and, Statement};
use parapet_model::Config;

pub struct Rule;

/// Whether a statement denies every principal S3 requests made without TLS: `Deny`, principal
/// `*`, S3 actions, `"Bool": {"aws:SecureTransport": "false"}`. `None` when unknown parts
/// decide it.
fn denies_insecure_transport(s: &Statement) -> Option<bool> {
    let cond = if s.conditions_on("aws:SecureTransport").any(|c| {
        c.base_operator() == "Bool" && c.values.iter().any(|v| v.eq_ignore_ascii_case("false"))
    }) {
        Some(true)
    } else if s
        .conditions
        .iter()
        .any(|c| c.key == parapet_model::policy::UNKNOWN)
    {
        None
    } else {
        Some(false)
    };
    tri_and(&[
        s.is_allow().map(|a| !a),
        s.principal_is_anyone(),
        s.covers_action("s3:GetObject"),
        cond,
    ])
}

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::S3Bucket(b) = &ctx.resource.config else {
            return;
        };
        let p = &b.policy;
        match p.get() {
            None => out.skip(
                &p.origin,
                format!(
                    "value is unknown: {}",
                    p.unknown_reason().unwrap_or("unresolved")
                ),
            ),
            Some(None) => out.fail(
                &p.origin,
                "the bucket has no policy denying requests made without TLS (aws:SecureTransport)",
            ),
            Some(Some(doc)) => {
                let verdicts: Vec<Option<bool>> = doc
                    .statements
                    .iter()
                    .map(denies_insecure_transport)
                    .collect();
                if verdicts.contains(&Some(true)) {
                    out.pass(&p.origin);
                } else if doc.incomplete || verdicts.contains(&None) {
                    out.skip(&p.origin, "parts of the bucket policy are not known");
                } else {
                    out.fail(
                        &p.origin,
                        "the bucket policy does not deny requests made without TLS (no Deny on aws:SecureTransport = false)",
                    );
                }
            }
        }
    }
}
