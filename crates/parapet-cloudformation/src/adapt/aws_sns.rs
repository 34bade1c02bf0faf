//! `AWS::SNS::Topic` → `aws::sns::Topic`.

use super::aws_common::prop;
use crate::eval::Evaluated;
use parapet_model::aws::sns::Topic;
use parapet_model::conv;

pub(crate) fn topic(ev: &Evaluated) -> Topic {
    let o = &ev.origin;
    let p = &ev.props;
    Topic {
        name: conv::opt_string(prop(p, "TopicName").as_ref(), o),
        kms_master_key_id: conv::opt_string(prop(p, "KmsMasterKeyId").as_ref(), o),
    }
}
