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
