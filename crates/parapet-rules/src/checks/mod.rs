//! Rule logic, one file per rule, mirroring `rules/<provider>/<service>/<name>/`; and what
//! rules of several providers share.

pub mod aws;
pub mod kubernetes;

/// Container runtime sockets (Docker, containerd, CRI-O, Podman), and the directories that
/// hold them.
const RUNTIME_SOCKET_PATHS: &[&str] = &[
    "/var/run/docker.sock",
    "/run/docker.sock",
    "/var/run/containerd/containerd.sock",
    "/run/containerd/containerd.sock",
    "/var/run/crio/crio.sock",
    "/run/crio/crio.sock",
    "/var/run/cri-dockerd.sock",
    "/run/cri-dockerd.sock",
    "/run/podman/podman.sock",
    "/var/run/podman/podman.sock",
    "/var/run/containerd",
    "/run/containerd",
    "/var/run/crio",
    "/run/crio",
    "/run/podman",
    "/var/run/podman",
    "/var/run/docker",
    "/run/docker",
    "/var/run",
    "/run",
];

/// Whether a host path mounted into a container is a container runtime socket or a directory
/// holding one (trailing slashes ignored): whoever holds it controls the host.
pub fn is_container_runtime_socket(path: &str) -> bool {
    let p = path.trim();
    let p = match p.trim_end_matches('/') {
        "" if !p.is_empty() => "/",
        t => t,
    };
    RUNTIME_SOCKET_PATHS.contains(&p)
}

#[cfg(test)]
mod tests {
    #[test]
    fn runtime_socket_paths_match_with_or_without_trailing_slashes() {
        use super::is_container_runtime_socket as is;
        assert!(is("/var/run/docker.sock"));
        assert!(is("/run/containerd/"));
        assert!(is(" /var/run// "));
        assert!(!is("/"));
        assert!(!is("/var/lib/docker"));
        assert!(!is("/var/run/docker.sock.bak"));
    }
}
