//! AWS-GLUE-001: the Glue Data Catalog is not encrypted at rest.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::GlueDataCatalogEncryption(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.catalog_encryption_mode,
            |m| m.eq_ignore_ascii_case("DISABLED"),
            "the Data Catalog's metadata (databases, tables, partitions, connections) is not encrypted with KMS",
        );
    }
}
