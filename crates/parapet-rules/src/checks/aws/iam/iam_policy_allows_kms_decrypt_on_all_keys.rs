//! AWS-IAM-013: a permission statement allows `kms:Decrypt` or `kms:ReEncryptFrom` on every KMS key, without a condition.

use super::common::{each_permission_statement, granted_actions, is_full_admin, Verdict};
use crate::{Check, Ctx, Outcomes};
use parapet_model::policy::tri_and;
use parapet_model::Config;

/// KMS actions that reveal plaintext or re-encrypt it under another key.
const DECRYPTING: &[&str] = &["kms:Decrypt", "kms:ReEncryptFrom"];

/// `*`, or every key of an account or region (`arn:aws:kms:*:111122223333:key/*`).
fn any_key(r: &str) -> bool {
    if r == "*" {
        return true;
    }
    let parts: Vec<&str> = r.splitn(6, ':').collect();
    if parts.len() != 6 || parts[0] != "arn" || !matches!(parts[2], "kms" | "*") {
        return false;
    }
    matches!(parts[5], "*" | "key/*" | "key*" | "k*")
}

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::IamPolicies(p) = &ctx.resource.config else {
            return;
        };
        each_permission_statement(p, &ctx.resource.origin, out, |s| {
            // A full-admin statement is AWS-IAM-001's finding; `NotAction` is AWS-IAM-005's.
            if is_full_admin(s) || s.actions.is_empty() {
                return Verdict::Pass;
            }
            let granted = granted_actions(s, DECRYPTING);
            let any = granted.as_ref().map(|g| !g.is_empty());
            match tri_and(&[s.is_allow(), any, s.covers_resources(any_key)]) {
                Some(true) if s.has_condition => Verdict::Pass,
                Some(true) => Verdict::Fail(format!(
                    "the statement allows {} on every KMS key: whoever holds it can decrypt data protected by any key whose key policy defers to IAM, as the default key policy does",
                    granted.unwrap_or_default().join(", ")
                )),
                Some(false) => Verdict::Pass,
                None => Verdict::Unknown(
                    "the statement's effect, actions or resources are not known".into(),
                ),
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::any_key;

    #[test]
    fn key_wildcards() {
        assert!(any_key("*"));
        assert!(any_key("arn:aws:kms:*:111122223333:key/*"));
        assert!(any_key("arn:aws:kms:eu-west-1:111122223333:*"));
        assert!(!any_key(
            "arn:aws:kms:eu-west-1:111122223333:key/11111111-2222-3333-4444-555555555555"
        ));
        assert!(!any_key("arn:aws:kms:eu-west-1:111122223333:alias/app"));
        assert!(!any_key("arn:aws:s3:::bucket/*"));
    }
}
