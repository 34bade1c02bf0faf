//! AWS-RDS-016: an RDS Proxy does not require TLS from its clients.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::RdsDbProxy(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.require_tls,
            |on| !on,
            "the proxy accepts unencrypted client connections: queries and credentials may cross the network in clear text",
        );
    }
}
