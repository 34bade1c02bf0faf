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
    /// Whether data at rest is encrypted with a key owned by Amazon MQ
    /// (`encryption_options.use_aws_owned_key`, `EncryptionOptions.UseAwsOwnedKey`) rather than
    /// a KMS key of the account; true unless written.
    pub aws_owned_key: Value<bool>,
    /// Whether minor engine versions are applied in the maintenance window
    /// (`auto_minor_version_upgrade`, `AutoMinorVersionUpgrade`). The Terraform provider
    /// sends false when it is not written; CloudFormation's default is not documented (the
    /// property used to be required), so a template that omits it is unknown.
    pub auto_minor_version_upgrade: Value<bool>,
}
