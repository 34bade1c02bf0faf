//! `aws::guardduty::Detector` (`aws_guardduty_detector`, `AWS::GuardDuty::Detector`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Detector {
    /// Whether the detector is enabled (`enable`, `Enable`).
    pub enabled: Value<bool>,
    /// S3 Protection (the `S3_DATA_EVENTS` feature, or the legacy `datasources.s3_logs` /
    /// `DataSources.S3Logs`). `None` when not configured: GuardDuty's own default applies.
    pub s3_protection: Value<Option<bool>>,
    /// EKS audit log monitoring (`EKS_AUDIT_LOGS`, or `datasources.kubernetes.audit_logs` /
    /// `DataSources.Kubernetes.AuditLogs`). `None` when not configured.
    pub eks_audit_logs: Value<Option<bool>>,
    /// Malware Protection for EC2 (`EBS_MALWARE_PROTECTION`, or
    /// `datasources.malware_protection` / `DataSources.MalwareProtection`). `None` when not
    /// configured.
    pub malware_protection: Value<Option<bool>>,
}
