//! AWS-IAM-004: a role's trust policy lets any principal assume it, without a condition.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::iam::Kind;
use parapet_model::policy::tri_and;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::IamPolicies(p) = &ctx.resource.config else {
            return;
        };
        if p.kind != Kind::Role {
            return;
        }
        let t = &p.trust_policy;
        let doc = match t.get() {
            None => {
                out.skip(
                    &t.origin,
                    t.unknown_reason()
                        .unwrap_or("the trust policy is not known"),
                );
                return;
            }
            Some(None) => {
                out.pass(&t.origin);
                return;
            }
            Some(Some(d)) => d,
        };
        if doc.statements.is_empty() {
            out.pass(&t.origin);
        }
        for s in &doc.statements {
            match tri_and(&[s.is_allow(), s.principal_is_anyone()]) {
                Some(true) if !s.has_condition => out.fail(
                    &s.origin,
                    "the trust policy allows any AWS principal, in any account, to assume the role",
                ),
                Some(_) => out.pass(&s.origin),
                None => out.skip(
                    &s.origin,
                    "the statement's effect or principal is not known",
                ),
            }
        }
    }
}
