//! `AWS::KMS::Key` → `aws::kms::Key`.

use super::aws_common::prop;
use super::aws_iam::document;
use crate::eval::Evaluated;
use parapet_model::aws::kms::Key;
use parapet_model::conv;

pub(crate) fn key(ev: &Evaluated) -> Key {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    Key {
        key_spec: conv::string(g("KeySpec").as_ref(), "SYMMETRIC_DEFAULT", o),
        key_usage: conv::string(g("KeyUsage").as_ref(), "ENCRYPT_DECRYPT", o),
        origin: conv::string(g("Origin").as_ref(), "AWS_KMS", o),
        rotation: conv::bool(g("EnableKeyRotation").as_ref(), false, o),
        // Optional: without it KMS attaches its default key policy.
        policy: document(g("KeyPolicy"), o),
    }
}
