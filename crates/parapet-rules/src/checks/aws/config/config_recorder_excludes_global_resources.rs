//! AWS-CONFIG-002: a configuration recorder does not record global resources such as IAM.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ConfigRecorder(r) = &ctx.resource.config else {
            return;
        };
        match r.all_supported.get() {
            None => out.skip(
                &r.all_supported.origin,
                "whether the recorder records every resource type is not known",
            ),
            // A recorder that lists its resource types is AWS-CONFIG-001's finding.
            Some(false) => out.pass(&r.all_supported.origin),
            Some(true) => out.expect(
                &r.include_global_resources,
                |g| !g,
                "the recorder does not record global resource types: changes to IAM users, roles, groups and policies are not tracked",
            ),
        }
    }
}
