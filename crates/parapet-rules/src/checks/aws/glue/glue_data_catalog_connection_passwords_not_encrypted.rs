//! AWS-GLUE-002: the Glue Data Catalog returns connection passwords unencrypted.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GlueDataCatalogEncryption(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.connection_password_encrypted,
            |on| !on,
            "connection password encryption is off: anyone allowed to read a connection (`glue:GetConnection`) reads its database password in clear text",
        );
    }
}
