//! `aws_cloudtrail` → `aws::cloudtrail::Trail`.

use super::aws_common::present;
use super::blocks;
use crate::module::RawResource;
use parapet_model::aws::cloudtrail::Trail;
use parapet_model::{conv, Dyn, Node, Origin, Value};

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
        cloudwatch_logs_group: present(n.get("cloud_watch_logs_group_arn"), o),
        global_service_events: conv::bool(n.get("include_global_service_events"), true, o),
        s3_object_events: s3_object_events(n, o),
    }
}

const S3_OBJECT: &str = "AWS::S3::Object";

/// Whether a basic or advanced event selector logs S3 object data events.
fn s3_object_events(n: &Node, o: &Origin) -> Value<bool> {
    let mut unknown: Option<(String, Origin)> = None;
    let mut note = |x: &Node| {
        if let Dyn::Unknown(u) = &x.v {
            unknown.get_or_insert((u.reason.clone(), x.origin.clone()));
        }
    };
    for key in ["event_selector", "advanced_event_selector"] {
        if let Some(x) = n.get(key) {
            note(x);
        }
    }
    for sel in blocks(n, "event_selector") {
        if let Some(x) = sel.get("data_resource") {
            note(x);
        }
        for dr in blocks(sel, "data_resource") {
            match dr.get("type") {
                Some(t) if t.as_str() == Some(S3_OBJECT) => {
                    return Value::explicit(true, t.origin.clone())
                }
                Some(t) => note(t),
                None => {}
            }
        }
    }
    for sel in blocks(n, "advanced_event_selector") {
        if let Some(x) = sel.get("field_selector") {
            note(x);
        }
        for fs in blocks(sel, "field_selector") {
            match fs.get("field") {
                Some(f) if f.as_str() == Some("resources.type") => {
                    let Some(eq) = fs.get("equals") else { continue };
                    if let Some(l) = eq.as_list() {
                        if let Some(hit) = l.iter().find(|x| x.as_str() == Some(S3_OBJECT)) {
                            return Value::explicit(true, hit.origin.clone());
                        }
                        l.iter().for_each(&mut note);
                    } else {
                        note(eq);
                    }
                }
                Some(f) => note(f),
                None => {}
            }
        }
    }
    match unknown {
        Some((r, origin)) => Value::unknown(r, origin),
        None => Value::defaulted(false, o.clone()),
    }
}
