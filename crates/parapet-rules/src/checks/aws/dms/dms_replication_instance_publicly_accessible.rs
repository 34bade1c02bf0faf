//! AWS-DMS-001: a DMS replication instance is publicly accessible.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DmsReplicationInstance(x) = &ctx.resource.config else {
            return;
        };
        let how = if x.publicly_accessible.is_defaulted() {
            "the instance gets a public IP address (DMS's default when PubliclyAccessible is not written)"
        } else {
            "the instance has a public IP address"
        };
        out.expect(
            &x.publicly_accessible,
            |on| *on,
            format!(
                "{how}: it holds source and target credentials and is reachable from the internet"
            ),
        );
    }
}
