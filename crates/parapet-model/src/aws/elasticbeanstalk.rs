//! `aws::elasticbeanstalk::Environment` (`aws_elastic_beanstalk_environment`,
//! `AWS::ElasticBeanstalk::Environment`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// An Elastic Beanstalk environment.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Environment {
    pub name: Value<Option<String>>,
    /// The `aws:elasticbeanstalk:managedactions` / `ManagedActionsEnabled` option setting
    /// (`setting`, `OptionSettings`): whether managed platform updates are applied in the
    /// weekly maintenance window. `None` when the environment does not set it (the value then
    /// comes from a saved configuration, a template or the console's default).
    pub managed_actions: Value<Option<bool>>,
}
