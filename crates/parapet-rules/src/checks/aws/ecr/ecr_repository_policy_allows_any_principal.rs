//! AWS-ECR-003: a repository policy allows any principal, without a condition.

use crate::{Check, Ctx, Outcomes};
use parapet_model::policy::tri_and;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EcrRepository(r) = &ctx.resource.config else {
            return;
        };
        let p = &r.policy;
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
            // No repository policy: only the account's own IAM principals have access.
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
            match tri_and(&[s.is_allow(), s.principal_is_anyone()]) {
                Some(true) if !s.has_condition => out.fail(
                    &s.origin,
                    format!(
                        "the repository policy allows {} to any AWS principal, in any account, without a condition",
                        if s.actions.is_empty() {
                            "every action but those in NotAction".to_string()
                        } else {
                            s.actions.join(", ")
                        }
                    ),
                ),
                Some(_) => out.pass(&s.origin),
                None => out.skip(&s.origin, "the statement's effect or principal is not known"),
            }
        }
    }
}
