//! AWS-EC2-017: EBS encryption by default is turned off for the account and region.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::EbsEncryptionByDefault(e) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &e.enabled,
            |on| !on,
            "EBS encryption by default is turned off: new volumes and snapshot copies in this region are unencrypted unless each one asks for encryption",
        );
    }
}
