//! AWS-DMS-002: a DMS endpoint to a database connects without TLS.

use crate::{Check, Ctx, Outcomes};
use parapet_model::aws::dms::engine_uses_ssl_mode;
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::DmsEndpoint(x) = &ctx.resource.config else {
            return;
        };
        match x.engine.get() {
            None => {
                out.skip(&x.engine.origin, "the endpoint's engine is not known");
                return;
            }
            Some(Some(e)) if engine_uses_ssl_mode(e) => {}
            Some(_) => return,
        }
        out.expect(
            &x.ssl_mode,
            |m| m.eq_ignore_ascii_case("none"),
            "the endpoint connects without TLS: table data and credentials cross the network in clear text",
        );
    }
}
