//! `AWS::CloudTrail::Trail` → `aws::cloudtrail::Trail`.

use super::aws_common::{present, prop};
use crate::eval::Evaluated;
use parapet_model::aws::cloudtrail::Trail;
use parapet_model::{conv, Dyn, Node, Origin, Value};

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
        cloudwatch_logs_group: present(p, "CloudWatchLogsLogGroupArn", o),
        // CreateTrail records global service events unless told otherwise.
        global_service_events: conv::bool(g("IncludeGlobalServiceEvents").as_ref(), true, o),
        s3_object_events: s3_object_events(p, o),
    }
}

const S3_OBJECT: &str = "AWS::S3::Object";

/// The items of a list property; `Err` with the unknown node when it is not known.
fn items(n: Option<Node>) -> Result<Vec<Node>, Node> {
    match n {
        None => Ok(Vec::new()),
        Some(x) => match &x.v {
            Dyn::List(l) => Ok(l.clone()),
            Dyn::Null => Ok(Vec::new()),
            Dyn::Unknown(_) => Err(x),
            Dyn::Map(_) => Ok(vec![x]),
            _ => Ok(Vec::new()),
        },
    }
}

/// Whether `EventSelectors` or `AdvancedEventSelectors` log S3 object data events.
fn s3_object_events(p: &Node, o: &Origin) -> Value<bool> {
    let mut unknown: Option<Node> = None;
    let mut note = |x: Node| {
        if x.is_unknown() && unknown.is_none() {
            unknown = Some(x);
        }
    };
    match items(prop(p, "EventSelectors")) {
        Err(u) => note(u),
        Ok(sels) => {
            for sel in sels {
                match items(prop(&sel, "DataResources")) {
                    Err(u) => note(u),
                    Ok(drs) => {
                        for dr in drs {
                            match prop(&dr, "Type") {
                                Some(t) if t.as_str() == Some(S3_OBJECT) => {
                                    return Value::explicit(true, t.origin)
                                }
                                Some(t) => note(t),
                                None => {}
                            }
                        }
                    }
                }
            }
        }
    }
    match items(prop(p, "AdvancedEventSelectors")) {
        Err(u) => note(u),
        Ok(sels) => {
            for sel in sels {
                match items(prop(&sel, "FieldSelectors")) {
                    Err(u) => note(u),
                    Ok(fss) => {
                        for fs in fss {
                            match prop(&fs, "Field") {
                                Some(f) if f.as_str() == Some("resources.type") => {
                                    match items(prop(&fs, "Equals")) {
                                        Err(u) => note(u),
                                        Ok(eq) => {
                                            if let Some(hit) =
                                                eq.iter().find(|x| x.as_str() == Some(S3_OBJECT))
                                            {
                                                return Value::explicit(true, hit.origin.clone());
                                            }
                                            eq.into_iter().for_each(&mut note);
                                        }
                                    }
                                }
                                Some(f) => note(f),
                                None => {}
                            }
                        }
                    }
                }
            }
        }
    }
    match unknown {
        Some(u) => {
            let why = match &u.v {
                Dyn::Unknown(x) => x.reason.clone(),
                _ => "not known".into(),
            };
            Value::unknown(why, u.origin)
        }
        None => Value::defaulted(false, o.clone()),
    }
}
