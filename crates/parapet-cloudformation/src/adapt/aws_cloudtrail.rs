//! `AWS::CloudTrail::Trail` → `aws::cloudtrail::Trail`.

use super::aws_common::prop;
use crate::eval::Evaluated;
use parapet_model::aws::cloudtrail::Trail;
use parapet_model::{conv, Value};

pub(crate) fn trail(ev: &Evaluated) -> Trail {
    let o = &ev.origin;
    let p = &ev.props;
    let g = |k: &str| prop(p, k);
    Trail {
        name: conv::opt_string(g("TrailName").as_ref(), o),
        // CloudFormation docs: both default to false.
        multi_region: conv::bool(g("IsMultiRegionTrail").as_ref(), false, o),
        log_file_validation: conv::bool(g("EnableLogFileValidation").as_ref(), false, o),
        kms_key_id: conv::opt_string(g("KMSKeyId").as_ref(), o),
        logging: match g("IsLogging") {
            Some(x) => conv::bool(Some(&x), true, o),
            // Required: an incomplete template, not a default.
            None => Value::unknown("IsLogging is not set", o.clone()),
        },
    }
}
