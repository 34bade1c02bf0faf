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
    /// Whether access logs are written to S3 (`access_logs { enabled }`, attribute
    /// `access_logs.s3.enabled`); off unless written, even when a bucket is named.
    pub access_logs: Value<bool>,
    /// Whether deletion protection is on (`enable_deletion_protection`, attribute
    /// `deletion_protection.enabled`); off unless written.
    pub deletion_protection: Value<bool>,
    /// Application load balancers: how requests that may be HTTP desync attacks are handled
    /// (`desync_mitigation_mode`, attribute `routing.http.desync_mitigation_mode`):
    /// `monitor`, `defensive` (the default) or `strictest`.
    pub desync_mitigation_mode: Value<String>,
    /// Whether a web ACL association in the same configuration names this load balancer
    /// (`aws_wafv2_web_acl_association`, `AWS::WAFv2::WebACLAssociation`, or their WAF
    /// Classic regional forms); false unless one is found.
    pub waf_web_acl: Value<bool>,
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

/// A Classic Load Balancer (`aws_elb`, `AWS::ElasticLoadBalancing::LoadBalancer`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClassicLoadBalancer {
    /// `internal`, or `Scheme: internal`; internet-facing unless written.
    pub internal: Value<bool>,
    pub listeners: Vec<ClassicListener>,
    /// Whether access logs are written to S3: Terraform's `access_logs { enabled }` (true
    /// inside a written block), CloudFormation's `AccessLoggingPolicy.Enabled`; off without
    /// the block.
    pub access_logs: Value<bool>,
}

/// One listener of a Classic Load Balancer.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClassicListener {
    /// The front-end protocol (`lb_protocol`, `Protocol`): `HTTP`, `HTTPS`, `TCP` or `SSL`,
    /// upper case.
    pub protocol: Value<String>,
    pub port: Value<Option<i64>>,
    /// The listener's own block or list item.
    pub origin: crate::span::Origin,
}
