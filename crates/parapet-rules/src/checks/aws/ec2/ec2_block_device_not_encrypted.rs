//! AWS-EC2-004: an EBS block device of an instance or launch template does not request
//! encryption.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2Instance(i) = &ctx.resource.config else {
            return;
        };
        if i.block_devices.is_empty() {
            out.pass(&ctx.resource.origin);
        }
        for d in &i.block_devices {
            let name = match d.device_name.get() {
                Some(Some(n)) => format!("block device `{n}`"),
                _ if d.root => "the root block device".to_string(),
                _ => "a block device".to_string(),
            };
            let how = if d.encrypted.is_defaulted() {
                "does not request encryption (off unless written)"
            } else {
                "turns encryption off"
            };
            out.expect(
                &d.encrypted,
                |on| !on,
                format!("{name} {how}: unless EBS encryption by default is on in this account and region, the volume is stored unencrypted"),
            );
        }
    }
}
