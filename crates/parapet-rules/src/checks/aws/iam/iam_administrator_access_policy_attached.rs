//! AWS-IAM-008: the AWS managed AdministratorAccess policy is attached to a role, user or group.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::iam::Kind;
use parapet_model::Config;

/// `arn:<partition>:iam::aws:policy/AdministratorAccess`.
fn is_administrator_access(arn: &str) -> bool {
    let arn = arn.trim();
    arn.starts_with("arn:") && arn.ends_with(":iam::aws:policy/AdministratorAccess")
}

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::IamPolicies(p) = &ctx.resource.config else {
            return;
        };
        let whom = match p.kind {
            Kind::Role => "the role",
            Kind::User => "the user",
            Kind::Group => "the group",
            _ => "its principals",
        };
        for m in &p.managed_policy_arns {
            out.expect(
                m,
                |arn| is_administrator_access(arn),
                format!("the AWS managed AdministratorAccess policy is attached: {whom} may perform every action on every resource of the account"),
            );
        }
    }
}
