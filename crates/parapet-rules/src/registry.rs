//! One line per rule: its id and its check. `cargo xtask new-rule` appends here.

use crate::checks;
use crate::Check;

pub static CHECKS: &[(&str, &dyn Check)] = &[
    (
        "AWS-EC2-001",
        &checks::aws::ec2::security_group_ssh_open_to_world::Rule,
    ),
    (
        "AWS-S3-001",
        &checks::aws::s3::bucket_encryption_not_declared::Rule,
    ),
    (
        "AWS-S3-002",
        &checks::aws::s3::bucket_public_access_block_disabled::Rule,
    ),
    // new rules above this line
];

pub fn check_for(id: &str) -> Option<&'static dyn Check> {
    CHECKS.iter().find(|(i, _)| *i == id).map(|(_, c)| *c)
}
