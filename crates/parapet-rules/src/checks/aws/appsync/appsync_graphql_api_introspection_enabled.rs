//! AWS-APPSYNC-003: a GraphQL API answers introspection queries.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::AppSyncGraphqlApi(a) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &a.introspection,
            |on| *on,
            "introspection is enabled: any client allowed to query the API can download its whole schema, including fields and mutations the application never calls",
        );
    }
}
