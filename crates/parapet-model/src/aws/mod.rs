//! AWS resource types.

pub mod cloudfront;
pub mod cloudtrail;
pub mod dynamodb;
pub mod ec2;
pub mod efs;
pub mod eks;
pub mod elasticache;
pub mod elb;
pub mod iam;
pub mod kms;
pub mod lambda;
pub mod opensearch;
pub mod rds;
pub mod s3;
pub mod sns;
pub mod sqs;
