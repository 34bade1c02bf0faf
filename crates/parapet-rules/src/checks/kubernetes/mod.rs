pub mod common;
pub mod network;
pub mod pod;
pub mod rbac;
pub mod workload;
