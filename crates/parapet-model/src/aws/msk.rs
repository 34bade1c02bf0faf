//! `aws::msk::Cluster` (`aws_msk_cluster`, `AWS::MSK::Cluster`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cluster {
    pub name: Value<Option<String>>,
    /// Encryption between clients and brokers: `TLS` (the default), `TLS_PLAINTEXT` or
    /// `PLAINTEXT`.
    pub client_broker: Value<String>,
    /// TLS between brokers; on unless written.
    pub in_cluster: Value<bool>,
    /// The KMS key for data at rest; `None`: the AWS managed key `aws/kafka`.
    pub at_rest_kms_key: Value<Option<String>>,
    /// Public access to the brokers (`connectivity_info.public_access.type`,
    /// `ConnectivityInfo.PublicAccess.Type`): `DISABLED` (the default) or
    /// `SERVICE_PROVIDED_EIPS`.
    pub public_access: Value<String>,
    /// Whether clients may connect without authenticating: `client_authentication`
    /// (`ClientAuthentication`) turns on unauthenticated access, or configures neither SASL
    /// (IAM, SCRAM) nor mutual TLS, which leaves unauthenticated access on (the MSK default
    /// when no client authentication is written).
    pub unauthenticated_access: Value<bool>,
    /// Whether broker logs are delivered anywhere (CloudWatch Logs, Firehose or S3:
    /// `logging_info.broker_logs`, `LoggingInfo.BrokerLogs`); off unless written.
    pub broker_logs: Value<bool>,
}
