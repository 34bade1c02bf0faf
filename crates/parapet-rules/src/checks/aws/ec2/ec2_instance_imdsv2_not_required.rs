//! AWS-EC2-003: an instance, launch template or launch configuration does not require IMDSv2.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::ec2::InstanceKind;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::Ec2Instance(i) = &ctx.resource.config else {
            return;
        };
        // No metadata service at all: nothing to steal credentials from.
        match i.metadata_endpoint_enabled.get() {
            Some(false) => {
                out.pass(&i.metadata_endpoint_enabled.origin);
                return;
            }
            None => {
                out.skip(
                    &i.metadata_endpoint_enabled.origin,
                    "whether the metadata endpoint is enabled is not known",
                );
                return;
            }
            Some(true) => {}
        }
        let what = match i.kind {
            InstanceKind::Instance => "the instance",
            InstanceKind::LaunchTemplate => "instances launched from this template",
            InstanceKind::LaunchConfiguration => "instances launched with this configuration",
        };
        match i.http_tokens.get() {
            None => out.skip(
                &i.http_tokens.origin,
                format!(
                    "value is unknown: {}",
                    i.http_tokens.unknown_reason().unwrap_or("unresolved")
                ),
            ),
            Some(Some(t)) if t.eq_ignore_ascii_case("required") => out.pass(&i.http_tokens.origin),
            Some(Some(t)) => out.fail(
                &i.http_tokens.origin,
                format!("http_tokens is `{t}`: {what} answer IMDSv1 requests, so a server-side request forgery can read the role's credentials"),
            ),
            Some(None) => out.fail(
                &i.http_tokens.origin,
                format!("IMDSv2 is not required: http_tokens is not set, so whether {what} answer IMDSv1 requests is left to the AMI and the account's metadata defaults"),
            ),
        }
    }
}
