//! Integration tests of the CloudFormation frontend: one binary, one module per area.

mod adapters;
mod aws_policy_joins;
mod aws_services;
mod conditions;
mod corpus;
mod intrinsics;
mod robustness;
mod sam;
mod support;
