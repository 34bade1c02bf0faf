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
    ("KUBERNETES-POD-001", &checks::kubernetes::pod::container_runs_privileged::Rule),
    ("KUBERNETES-POD-002", &checks::kubernetes::pod::pod_uses_host_network::Rule),
    ("KUBERNETES-POD-003", &checks::kubernetes::pod::pod_uses_host_pid::Rule),
    ("KUBERNETES-POD-004", &checks::kubernetes::pod::pod_uses_host_ipc::Rule),
    ("KUBERNETES-POD-005", &checks::kubernetes::pod::pod_mounts_host_path_volume::Rule),
    ("KUBERNETES-POD-006", &checks::kubernetes::pod::container_binds_host_port::Rule),
    ("KUBERNETES-POD-007", &checks::kubernetes::pod::container_adds_capabilities_beyond_baseline::Rule),
    ("KUBERNETES-POD-008", &checks::kubernetes::pod::container_runs_as_windows_host_process::Rule),
    ("KUBERNETES-POD-009", &checks::kubernetes::pod::container_apparmor_profile_unconfined::Rule),
    ("KUBERNETES-POD-010", &checks::kubernetes::pod::container_sets_custom_selinux_options::Rule),
    ("KUBERNETES-POD-011", &checks::kubernetes::pod::container_proc_mount_unmasked::Rule),
    ("KUBERNETES-POD-012", &checks::kubernetes::pod::container_seccomp_profile_unconfined::Rule),
    ("KUBERNETES-POD-013", &checks::kubernetes::pod::pod_sets_unsafe_sysctls::Rule),
    ("KUBERNETES-POD-014", &checks::kubernetes::pod::pod_uses_volume_type_outside_restricted_profile::Rule),
    ("KUBERNETES-POD-015", &checks::kubernetes::pod::container_allows_privilege_escalation::Rule),
    ("KUBERNETES-POD-016", &checks::kubernetes::pod::container_not_required_to_run_as_non_root::Rule),
    ("KUBERNETES-POD-017", &checks::kubernetes::pod::container_runs_as_root_user_id::Rule),
    ("KUBERNETES-POD-018", &checks::kubernetes::pod::container_seccomp_profile_not_set::Rule),
    ("KUBERNETES-POD-019", &checks::kubernetes::pod::container_does_not_drop_all_capabilities::Rule),
    ("KUBERNETES-POD-020", &checks::kubernetes::pod::container_adds_capabilities_beyond_net_bind_service::Rule),
    // new rules above this line
];

pub fn check_for(id: &str) -> Option<&'static dyn Check> {
    CHECKS.iter().find(|(i, _)| *i == id).map(|(_, c)| *c)
}
