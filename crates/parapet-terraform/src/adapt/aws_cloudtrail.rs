//! `aws_cloudtrail` → `aws::cloudtrail::Trail`.

use crate::module::RawResource;
use parapet_model::aws::cloudtrail::Trail;
use parapet_model::conv;

pub(crate) fn trail(r: &RawResource) -> Trail {
    let n = &r.node;
    let o = &r.origin;
    Trail {
        name: conv::opt_string(n.get("name"), o),
        // Provider docs: both default to false; `enable_logging` defaults to true.
        multi_region: conv::bool(n.get("is_multi_region_trail"), false, o),
        log_file_validation: conv::bool(n.get("enable_log_file_validation"), false, o),
        kms_key_id: conv::opt_string(n.get("kms_key_id"), o),
        logging: conv::bool(n.get("enable_logging"), true, o),
    }
}
