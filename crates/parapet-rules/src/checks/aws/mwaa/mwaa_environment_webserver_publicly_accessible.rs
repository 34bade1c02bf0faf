//! AWS-MWAA-001: an MWAA environment has a public Airflow web server.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MwaaEnvironment(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.webserver_access_mode,
            |m| m.eq_ignore_ascii_case("PUBLIC_ONLY"),
            "the Airflow web server is reachable from the internet",
        );
    }
}
