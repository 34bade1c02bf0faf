//! AWS-MSK-004: an MSK cluster allows unauthenticated client access.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MskCluster(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.unauthenticated_access,
            |on| *on,
            "clients can connect without authenticating: any host that reaches the brokers can read and write topics",
        );
    }
}
