//! AWS resource types.

pub mod account;
pub mod acm;
pub mod apigateway;
pub mod appsync;
pub mod athena;
pub mod backup;
pub mod batch;
pub mod cloudfront;
pub mod cloudtrail;
pub mod codebuild;
pub mod cognito;
pub mod config;
pub mod dms;
pub mod docdb;
pub mod dynamodb;
pub mod ec2;
pub mod ecr;
pub mod ecs;
pub mod efs;
pub mod eks;
pub mod elasticache;
pub mod elasticbeanstalk;
pub mod elb;
pub mod emr;
pub mod eventbridge;
pub mod glacier;
pub mod glue;
pub mod guardduty;
pub mod iam;
pub mod kinesis;
pub mod kms;
pub mod lambda;
pub mod logs;
pub mod mq;
pub mod msk;
pub mod mwaa;
pub mod neptune;
pub mod networkfirewall;
pub mod opensearch;
pub mod rds;
pub mod redshift;
pub mod route53;
pub mod s3;
pub mod sagemaker;
pub mod secretsmanager;
pub mod sfn;
pub mod sns;
pub mod sqs;
pub mod ssm;
pub mod transfer;
pub mod wafv2;
pub mod workspaces;

use crate::span::Origin;
use crate::value::{Dyn, Node, Value};

/// A setting of a database engine as a resource's parameter group name tells it (`name`, the
/// `*_parameter_group_name` attribute): the engine's default group's `default` when none is
/// written or a `default.*` group is named; unknown (`elsewhere`: why) for any other group,
/// until the frontend joins the group declared beside it.
pub fn by_parameter_group_name(
    name: Option<&Node>,
    default: bool,
    origin: &Origin,
    elsewhere: &str,
) -> Value<bool> {
    match name {
        None => Value::defaulted(default, origin.clone()),
        Some(x) => match &x.v {
            Dyn::Null => Value::defaulted(default, x.origin.clone()),
            Dyn::String(s) if s.starts_with("default.") => {
                Value::explicit(default, x.origin.clone())
            }
            Dyn::Unknown(u) => Value::unknown(u.reason.clone(), x.origin.clone()),
            _ => Value::unknown(elsewhere, x.origin.clone()),
        },
    }
}
