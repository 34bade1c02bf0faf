//! AWS-EC2-002: an EBS volume does not request encryption.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2Volume(v) = &ctx.resource.config else {
            return;
        };
        let how = if v.encrypted.is_defaulted() {
            "the volume does not request encryption (off unless written)"
        } else {
            "the volume turns encryption off"
        };
        out.expect(
            &v.encrypted,
            |on| !on,
            format!("{how}: unless EBS encryption by default is on in this account and region, its data and snapshots are stored unencrypted"),
        );
    }
}
