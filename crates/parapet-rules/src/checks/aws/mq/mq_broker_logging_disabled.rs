//! AWS-MQ-002: an Amazon MQ broker does not publish its logs to CloudWatch Logs.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::MqBroker(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.general_logs,
            |on| !on,
            "the general log is not published: connections and authentication failures leave no trail",
        );
        match x.engine.get() {
            None => out.skip(&x.engine.origin, "the broker engine is not known"),
            Some(Some(e)) if e.eq_ignore_ascii_case("activemq") => out.expect(
                &x.audit_logs,
                |on| !on,
                "the audit log is not published: administrative actions leave no trail",
            ),
            Some(_) => {}
        }
    }
}
