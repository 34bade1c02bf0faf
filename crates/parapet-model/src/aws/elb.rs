//! `aws::elb::LoadBalancer` and `aws::elb::Listener` (Elastic Load Balancing v2).

use crate::value::Value;
use serde::{Deserialize, Serialize};

/// A v2 load balancer (`aws_lb`/`aws_alb`, `AWS::ElasticLoadBalancingV2::LoadBalancer`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LoadBalancer {
    /// `application` (the default), `network` or `gateway`.
    pub lb_type: Value<String>,
    pub internal: Value<bool>,
    /// Application load balancers: whether requests with invalid header fields are dropped
    /// (`drop_invalid_header_fields`, attribute
    /// `routing.http.drop_invalid_header_fields.enabled`); off unless written.
    pub drop_invalid_header_fields: Value<bool>,
}

/// A listener (`aws_lb_listener`/`aws_alb_listener`,
/// `AWS::ElasticLoadBalancingV2::Listener`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Listener {
    /// `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`, upper case. `None` when not
    /// written (Terraform defaults it for application load balancers only).
    pub protocol: Value<Option<String>>,
    pub port: Value<Option<i64>>,
    /// The TLS security policy of an `HTTPS` or `TLS` listener; the API's default
    /// (`ELBSecurityPolicy-2016-08`) when not written.
    pub ssl_policy: Value<String>,
    /// Whether the default action redirects to HTTPS.
    pub redirects_to_https: Value<bool>,
}

/// Whether an ELB security policy accepts TLS versions older than 1.2. `None` for names that
/// are not ELB predefined policies.
pub fn policy_allows_old_tls(policy: &str) -> Option<bool> {
    let p = policy.trim();
    if !p.starts_with("ELBSecurityPolicy-") {
        return None;
    }
    let modern = ["-TLS-1-2-", "-FS-1-2-", "-TLS13-1-2-", "-TLS13-1-3-"]
        .iter()
        .any(|m| p.contains(m));
    Some(!modern)
}
