//! `aws::route53::HostedZone` (`aws_route53_zone`, `AWS::Route53::HostedZone`), joined in
//! Terraform with its query logging configuration (`aws_route53_query_log`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HostedZone {
    pub name: Value<Option<String>>,
    /// A private zone: associated with VPCs (`vpc` blocks, `VPCs`); public unless written.
    pub private: Value<bool>,
    /// Whether DNS query logging to CloudWatch Logs is configured (`aws_route53_query_log`,
    /// `QueryLoggingConfig`); off unless written.
    pub query_logging: Value<bool>,
}
