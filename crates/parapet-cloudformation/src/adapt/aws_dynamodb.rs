//! `AWS::DynamoDB::Table` → `aws::dynamodb::Table`.

use super::aws_common::prop;
use crate::eval::Evaluated;
use parapet_model::aws::dynamodb::Table;
use parapet_model::{conv, Dyn, Value};

pub(crate) fn table(ev: &Evaluated) -> Table {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    let pitr = match g("PointInTimeRecoverySpecification").filter(|x| !x.is_null()) {
        Some(s) => conv::bool(
            prop(&s, "PointInTimeRecoveryEnabled").as_ref(),
            false,
            &s.origin,
        ),
        None => Value::defaulted(false, o.clone()),
    };
    let (sse_kms, kms_key_id) = match g("SSESpecification").filter(|x| !x.is_null()) {
        Some(s) => (
            conv::bool(prop(&s, "SSEEnabled").as_ref(), false, &s.origin),
            conv::opt_string(prop(&s, "KMSMasterKeyId").as_ref(), &s.origin),
        ),
        None => (
            Value::defaulted(false, o.clone()),
            Value::defaulted(None, o.clone()),
        ),
    };
    Table {
        name: conv::opt_string(g("TableName").as_ref(), o),
        point_in_time_recovery: pitr,
        sse_kms,
        kms_key_id,
        deletion_protection: conv::bool(g("DeletionProtectionEnabled").as_ref(), false, o),
    }
}

/// `AWS::Serverless::SimpleTable` (SAM): a DynamoDB table with only a primary key,
/// throughput, a name and `SSESpecification` (passed through as written). SAM cannot set point-in-time recovery or
/// deletion protection on it, so both are DynamoDB's defaults (off).
/// (<https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html>)
pub(crate) fn sam_simple_table(ev: &Evaluated) -> Table {
    let o = &ev.origin;
    let p = &ev.props;
    let (sse_kms, kms_key_id) = match prop(p, "SSESpecification").filter(|x| !x.is_null()) {
        Some(s) if matches!(s.v, Dyn::Unknown(_)) => (
            conv::bool(Some(&s), false, o),
            conv::opt_string(Some(&s), o),
        ),
        // Passed through to `AWS::DynamoDB::Table`'s SSESpecification.
        Some(s) => (
            conv::bool(prop(&s, "SSEEnabled").as_ref(), false, &s.origin),
            conv::opt_string(prop(&s, "KMSMasterKeyId").as_ref(), &s.origin),
        ),
        None => (
            Value::defaulted(false, o.clone()),
            Value::defaulted(None, o.clone()),
        ),
    };
    Table {
        name: conv::opt_string(prop(p, "TableName").as_ref(), o),
        point_in_time_recovery: Value::defaulted(false, o.clone()),
        sse_kms,
        kms_key_id,
        deletion_protection: Value::defaulted(false, o.clone()),
    }
}
