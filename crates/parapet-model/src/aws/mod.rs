//! AWS resource types.

pub mod ec2;
pub mod s3;
