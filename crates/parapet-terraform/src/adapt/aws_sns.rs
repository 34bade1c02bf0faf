//! `aws_sns_topic` → `aws::sns::Topic`.

use crate::module::RawResource;
use parapet_model::aws::sns::Topic;
use parapet_model::conv;

/// `name`, or `name_prefix`.
pub(crate) fn name(r: &RawResource) -> parapet_model::Value<Option<String>> {
    match r.node.get("name") {
        Some(x) => conv::opt_string(Some(x), &r.origin),
        None => conv::opt_string(r.node.get("name_prefix"), &r.origin),
    }
}

pub(crate) fn topic(r: &RawResource) -> Topic {
    Topic {
        name: name(r),
        kms_master_key_id: conv::opt_string(r.node.get("kms_master_key_id"), &r.origin),
    }
}
