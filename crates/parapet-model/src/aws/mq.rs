//! `aws::mq::Broker` (`aws_mq_broker`, `AWS::AmazonMQ::Broker`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// An Amazon MQ broker (ActiveMQ or RabbitMQ).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Broker {
    pub name: Value<Option<String>>,
    /// `ActiveMQ` or `RabbitMQ` (`engine_type`, `EngineType`; required).
    pub engine: Value<Option<String>>,
    /// Whether the broker has a public endpoint (`publicly_accessible`, `PubliclyAccessible`);
    /// false unless written.
    pub publicly_accessible: Value<bool>,
    /// General logs to CloudWatch Logs (`logs.general`, `Logs.General`); off unless written.
    pub general_logs: Value<bool>,
    /// Audit logs to CloudWatch Logs (`logs.audit`, `Logs.Audit`; ActiveMQ only); off unless
    /// written.
    pub audit_logs: Value<bool>,
}
