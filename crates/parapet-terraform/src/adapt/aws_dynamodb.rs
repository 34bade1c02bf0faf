//! `aws_dynamodb_table` → `aws::dynamodb::Table`.

use super::block;
use crate::module::RawResource;
use parapet_model::aws::dynamodb::Table;
use parapet_model::{conv, Value};

pub(crate) fn table(r: &RawResource) -> Table {
    let n = &r.node;
    let o = &r.origin;
    let pitr = match block(n, "point_in_time_recovery") {
        Some(b) => conv::bool(b.get("enabled"), false, &b.origin),
        None => Value::defaulted(false, o.clone()),
    };
    let (sse_kms, kms_key_id) = match block(n, "server_side_encryption") {
        Some(b) => (
            conv::bool(b.get("enabled"), false, &b.origin),
            conv::opt_string(b.get("kms_key_arn"), &b.origin),
        ),
        None => (
            Value::defaulted(false, o.clone()),
            Value::defaulted(None, o.clone()),
        ),
    };
    Table {
        name: conv::opt_string(n.get("name"), o),
        point_in_time_recovery: pitr,
        sse_kms,
        kms_key_id,
        deletion_protection: conv::bool(n.get("deletion_protection_enabled"), false, o),
    }
}
