//! `aws::eventbridge::BusPolicy`: a resource policy of an EventBridge event bus
//! (`aws_cloudwatch_event_bus_policy`, `aws_cloudwatch_event_permission`,
//! `AWS::Events::EventBusPolicy`, the `Policy` of `AWS::Events::EventBus`).

use crate::policy::PolicyDocument;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BusPolicy {
    /// The event bus; `default` unless written.
    pub bus_name: Value<String>,
    /// The policy, or the one statement a permission resource adds. `Defaulted(None)` for a
    /// bus without a policy: only its own account can put events.
    pub policy: Value<Option<PolicyDocument>>,
}
