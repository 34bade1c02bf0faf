//! `aws_vpc` → `aws::ec2::Vpc`; `aws_flow_log` → `aws::ec2::FlowLog` (linked to what it
//! records by its reference edges).

use crate::module::RawResource;
use parapet_model::aws::ec2::{FlowLog, Vpc};
use parapet_model::conv;

pub(crate) fn vpc(r: &RawResource) -> Vpc {
    Vpc {
        cidr_block: conv::opt_string(r.node.get("cidr_block"), &r.origin),
    }
}

pub(crate) fn flow_log(r: &RawResource) -> FlowLog {
    FlowLog {
        traffic_type: conv::string(r.node.get("traffic_type"), "ALL", &r.origin),
    }
}
