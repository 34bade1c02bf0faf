//! Rule logic, one file per rule, mirroring `rules/<provider>/<service>/<name>/`.

pub mod aws;
pub mod kubernetes;
