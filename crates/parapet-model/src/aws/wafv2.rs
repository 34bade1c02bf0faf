//! `aws::wafv2::WebAcl` (`aws_wafv2_web_acl`, `AWS::WAFv2::WebACL`), joined with its logging
//! configuration (`aws_wafv2_web_acl_logging_configuration`,
//! `AWS::WAFv2::LoggingConfiguration`).

use crate::value::Value;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct WebAcl {
    pub name: Value<Option<String>>,
    /// Whether requests that match no rule are allowed (`default_action { allow {} }`,
    /// `DefaultAction: {Allow: {}}`). Required by both formats.
    pub default_allow: Value<bool>,
    /// How many rules the web ACL declares (`rule` blocks, `Rules`).
    pub rule_count: Value<usize>,
    /// Whether a logging configuration in the same configuration names this web ACL; false
    /// unless one is found.
    pub logging: Value<bool>,
}
