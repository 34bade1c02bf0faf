//! `aws::guardduty::Detector` (`aws_guardduty_detector`, `AWS::GuardDuty::Detector`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Detector {
    /// Whether the detector is enabled (`enable`, `Enable`).
    pub enabled: Value<bool>,
}
