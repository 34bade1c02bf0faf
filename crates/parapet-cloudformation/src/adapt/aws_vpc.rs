//! `AWS::EC2::VPC` → `aws::ec2::Vpc`; `AWS::EC2::FlowLog` → `aws::ec2::FlowLog` (linked to
//! what it records by its reference edges).

use super::aws_common::prop;
use crate::eval::Evaluated;
use parapet_model::aws::ec2::{FlowLog, Vpc};
use parapet_model::conv;

pub(crate) fn vpc(ev: &Evaluated) -> Vpc {
    Vpc {
        cidr_block: conv::opt_string(prop(&ev.props, "CidrBlock").as_ref(), &ev.origin),
    }
}

pub(crate) fn flow_log(ev: &Evaluated) -> FlowLog {
    FlowLog {
        traffic_type: conv::string(prop(&ev.props, "TrafficType").as_ref(), "ALL", &ev.origin),
    }
}
