//! `aws::cloudfront::Distribution` (`aws_cloudfront_distribution`,
//! `AWS::CloudFront::Distribution`).

use crate::span::Origin;
use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Distribution {
    /// The default cache behavior first, then the ordered ones.
    pub behaviors: Vec<CacheBehavior>,
    /// Whether the distribution uses the `*.cloudfront.net` certificate, whose TLS settings
    /// cannot be changed.
    pub default_certificate: Value<bool>,
    /// The minimum TLS version for viewers with a custom certificate: `TLSv1.2_2021` ...;
    /// `TLSv1` unless written.
    pub minimum_protocol_version: Value<String>,
    /// The AWS WAF web ACL (`web_acl_id`, `WebACLId`); `None` when not written.
    pub web_acl_id: Value<Option<String>>,
    /// Whether standard access logs go to S3 (a `logging_config` block, `Logging`); off
    /// unless written.
    pub logging: Value<bool>,
    /// The origins the distribution fetches from.
    pub origins: Vec<DistributionOrigin>,
}

/// One origin of a distribution (`origin`, `Origins`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DistributionOrigin {
    pub domain_name: Value<Option<String>>,
    /// Custom origins (`custom_origin_config`, `CustomOriginConfig`): `http-only`,
    /// `match-viewer` or `https-only`. `None` for S3 origins.
    pub protocol_policy: Value<Option<String>>,
    /// Custom origins: the TLS versions CloudFront may use towards the origin
    /// (`origin_ssl_protocols`, `OriginSSLProtocols`): `SSLv3`, `TLSv1`, `TLSv1.1`, `TLSv1.2`.
    /// Terraform requires it; CloudFormation's default is `TLSv1` and `SSLv3`.
    pub ssl_protocols: Value<Vec<String>>,
    /// Whether the origin is configured as an S3 origin (`s3_origin_config`,
    /// `S3OriginConfig`).
    pub s3_config: bool,
    /// The origin access control (`origin_access_control_id`, `OriginAccessControlId`).
    pub access_control_id: Value<Option<String>>,
    /// The legacy origin access identity (`origin_access_identity`, `OriginAccessIdentity`);
    /// `None` when empty.
    pub access_identity: Value<Option<String>>,
    /// The origin's own block or list item.
    pub origin: Origin,
}

/// Whether a domain name is an S3 bucket's REST endpoint (not a website endpoint).
pub fn is_s3_rest_domain(domain: &str) -> bool {
    let d = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    (d.ends_with(".amazonaws.com") || d.ends_with(".amazonaws.com.cn"))
        && (d.contains(".s3.") || d.contains(".s3-"))
        && !d.contains("s3-website")
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CacheBehavior {
    pub path_pattern: Value<Option<String>>,
    /// `allow-all`, `redirect-to-https` or `https-only`.
    pub viewer_protocol_policy: Value<String>,
    pub origin: Origin,
}

/// Whether a CloudFront minimum protocol version admits TLS older than 1.2.
pub fn allows_old_tls(version: &str) -> bool {
    !version.trim().starts_with("TLSv1.2") && !version.trim().starts_with("TLSv1.3")
}
