//! AWS-APPSYNC-002: a GraphQL API accepts API key authorization.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::AppSyncGraphqlApi(a) = &ctx.resource.config else {
            return;
        };
        for t in &a.authentication_types {
            out.expect(
                t,
                |t| t.trim() == "API_KEY",
                "the GraphQL API accepts API keys: a static key shipped to every client identifies no user and grants whatever the schema allows the key",
            );
        }
    }
}
