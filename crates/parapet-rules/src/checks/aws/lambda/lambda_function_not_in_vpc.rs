//! AWS-LAMBDA-007: a function is not attached to a VPC.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::LambdaFunction(f) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &f.vpc_subnet_ids,
            |s| s.is_empty(),
            "the function is not attached to a VPC: its network traffic cannot be restricted by security groups, network ACLs or VPC endpoints",
        );
    }
}
