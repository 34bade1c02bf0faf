//! `aws_kms_key`, `aws_kms_external_key` → `aws::kms::Key`.

use super::aws_iam::document;
use crate::module::RawResource;
use parapet_model::aws::kms::Key;
use parapet_model::{conv, Value};

pub(crate) fn key(r: &RawResource) -> Key {
    let n = &r.node;
    let o = &r.origin;
    let external = r.rtype == "aws_kms_external_key";
    Key {
        key_spec: conv::string(n.get("customer_master_key_spec"), "SYMMETRIC_DEFAULT", o),
        key_usage: conv::string(n.get("key_usage"), "ENCRYPT_DECRYPT", o),
        // Imported key material is its own resource type in Terraform.
        origin: Value::defaulted(
            if external { "EXTERNAL" } else { "AWS_KMS" }.to_string(),
            o.clone(),
        ),
        rotation: if external {
            Value::defaulted(false, o.clone())
        } else {
            conv::bool(n.get("enable_key_rotation"), false, o)
        },
        policy: document(n.get("policy"), o),
    }
}
