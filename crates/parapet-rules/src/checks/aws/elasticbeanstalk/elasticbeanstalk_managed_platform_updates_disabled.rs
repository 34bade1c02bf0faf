//! AWS-ELASTICBEANSTALK-001: an Elastic Beanstalk environment turns managed platform updates off.

use crate::{Check, Ctx, Outcomes};
use parapet_model::Config;

pub struct Rule;

impl Check for Rule {
    fn check(&self, ctx: &Ctx<'_>, out: &mut Outcomes) {
        let Config::ElasticBeanstalkEnvironment(x) = &ctx.resource.config else {
            return;
        };
        out.expect(
            &x.managed_actions,
            |on| *on == Some(false),
            "managed platform updates are off: OS and runtime fixes are not applied to the environment",
        );
    }
}
