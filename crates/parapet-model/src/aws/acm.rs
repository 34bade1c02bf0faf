//! `aws::acm::Certificate` (`aws_acm_certificate`, `AWS::CertificateManager::Certificate`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Certificate {
    pub domain_name: Value<Option<String>>,
    /// Whether ACM publishes the certificate to public Certificate Transparency logs
    /// (`options.certificate_transparency_logging_preference`,
    /// `CertificateTransparencyLoggingPreference`); `ENABLED` unless written.
    pub transparency_logging: Value<bool>,
    /// The private CA that issues the certificate (`certificate_authority_arn`,
    /// `CertificateAuthorityArn`), or `Some("imported")` for an imported certificate: neither
    /// is logged to public CT logs. `None` for a public certificate ACM issues.
    pub not_public: Value<Option<String>>,
}
