//! AWS-EC2-019: block public access for EBS snapshots or AMIs is turned off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2PublicSharingBlock(b) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &b.state,
            |s| s == "unblocked",
            format!(
                "block public access for {} is `unblocked`: anyone in the account can make them public with one API call, and nothing stops it",
                b.shares
            ),
        );
    }
}
