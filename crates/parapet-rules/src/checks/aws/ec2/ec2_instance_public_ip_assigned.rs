//! AWS-EC2-016: an instance, launch template or launch configuration requests a public IPv4
//! address.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::ec2::InstanceKind;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2Instance(i) = &ctx.resource.config else {
            return;
        };
        let what = match i.kind {
            InstanceKind::Instance => "the instance gets",
            InstanceKind::LaunchTemplate => "instances launched from this template get",
            InstanceKind::LaunchConfiguration => "instances launched with this configuration get",
        };
        out.expect(
            &i.public_ip,
            |p| *p == Some(true),
            format!("associate_public_ip_address is true: {what} a public IPv4 address and are reachable from the internet wherever their security groups allow"),
        );
    }
}
