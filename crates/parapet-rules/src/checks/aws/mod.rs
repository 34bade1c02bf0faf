pub mod ec2;
pub mod iam;
pub mod rds;
pub mod s3;
