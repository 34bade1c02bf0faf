pub mod wafv2_web_acl_logging_disabled;
pub mod wafv2_web_acl_without_rules;
