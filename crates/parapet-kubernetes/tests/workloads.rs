//! Every workload kind normalizes into the same pod spec, with provenance.

mod common;

use common::{fixture, line, line_of, load, nth_line_of, workloads};
use parapet_model::k8s::{ContainerGroup, Workload, WorkloadKind};
use parapet_model::State;

/// The pod spec written in every `fixtures/workloads/*.yaml`, checked value by value.
fn check_standard_pod(text: &str, w: &Workload) {
    // Header.
    assert_eq!(w.meta.name.get().map(String::as_str), Some("web"));
    assert_eq!(w.meta.namespace_str(), Some("shop"));
    assert!(w.meta.namespace.is_explicit());
    assert_eq!(line(&w.meta.origin), line_of(text, "kind:"));
    assert_eq!(
        w.pod_labels
            .get()
            .and_then(|m| m.get("app"))
            .and_then(|v| v.get())
            .map(String::as_str),
        Some("web")
    );

    // Pod-level settings.
    let pod = &w.pod;
    let spec_line = line_of(text, "serviceAccountName: web-sa");
    assert_eq!(pod.host_network.state, State::Explicit(true));
    assert_eq!(
        line(&pod.host_network.origin),
        line_of(text, "hostNetwork: true")
    );
    // Absent: defaulted at the pod spec (its first key's line).
    assert_eq!(pod.host_pid.state, State::Defaulted(false));
    assert_eq!(line(&pod.host_pid.origin), spec_line);
    assert_eq!(pod.host_ipc.state, State::Defaulted(false));
    assert_eq!(
        pod.service_account_name.state,
        State::Explicit("web-sa".to_string())
    );
    assert_eq!(
        pod.automount_service_account_token.state,
        State::Defaulted(None)
    );
    assert_eq!(
        pod.security_context.run_as_non_root.state,
        State::Explicit(Some(true))
    );
    assert_eq!(pod.security_context.fs_group.state, State::Defaulted(None));
    // Absent inside a written securityContext: at the securityContext.
    assert_eq!(
        line(&pod.security_context.fs_group.origin),
        line_of(text, "runAsNonRoot: true")
    );

    // Containers of all groups, in group order.
    let names: Vec<(ContainerGroup, &str)> = pod
        .containers
        .iter()
        .map(|c| (c.group, c.name.get().map(String::as_str).unwrap_or("?")))
        .collect();
    assert_eq!(
        names,
        vec![
            (ContainerGroup::Containers, "app"),
            (ContainerGroup::Containers, "sidecar"),
            (ContainerGroup::InitContainers, "init"),
        ]
    );
    let (app, sidecar, init) = (&pod.containers[0], &pod.containers[1], &pod.containers[2]);

    // Inheritance: the pod says runAsNonRoot: true, `app` is silent → explicit true, at the
    // pod's line; `sidecar` overrides with false → false at its own line.
    let sc = &app.security_context;
    assert_eq!(sc.run_as_non_root.state, State::Explicit(Some(true)));
    assert_eq!(
        line(&sc.run_as_non_root.origin),
        line_of(text, "runAsNonRoot: true")
    );
    assert_eq!(sc.run_as_user.state, State::Explicit(Some(1000)));
    assert_eq!(
        line(&sc.run_as_user.origin),
        line_of(text, "runAsUser: 1000")
    );
    let seccomp = sc
        .seccomp_profile
        .get()
        .cloned()
        .flatten()
        .expect("seccomp");
    assert_eq!(seccomp.profile_type, "RuntimeDefault");
    assert_eq!(
        line(&sc.seccomp_profile.origin),
        line_of(text, "type: RuntimeDefault")
    );
    // AppArmor from the pod template's annotation for this container.
    let aa = sc
        .app_armor_profile
        .get()
        .cloned()
        .flatten()
        .expect("apparmor");
    assert_eq!(aa.profile_type, "RuntimeDefault");
    assert_eq!(
        line(&sc.app_armor_profile.origin),
        line_of(text, "container.apparmor.security.beta.kubernetes.io/app")
    );
    let ssc = &sidecar.security_context;
    assert_eq!(ssc.run_as_non_root.state, State::Explicit(Some(false)));
    assert_eq!(
        line(&ssc.run_as_non_root.origin),
        line_of(text, "runAsNonRoot: false")
    );
    assert_eq!(ssc.app_armor_profile.state, State::Defaulted(None));
    assert_eq!(ssc.privileged.state, State::Explicit(true));
    // Container-only settings not written: defaulted at the container (no securityContext)...
    assert_eq!(sc.privileged.state, State::Defaulted(false));
    assert_eq!(line(&sc.privileged.origin), line_of(text, "- name: app"));
    assert_eq!(sc.allow_privilege_escalation.state, State::Defaulted(true));
    assert_eq!(sc.read_only_root_filesystem.state, State::Defaulted(false));
    assert_eq!(sc.capabilities_add.state, State::Defaulted(vec![]));
    assert_eq!(sc.proc_mount.state, State::Defaulted("Default".to_string()));
    // ... or at the container's securityContext when it has one.
    assert_eq!(
        line(&ssc.read_only_root_filesystem.origin),
        line_of(text, "runAsNonRoot: false")
    );

    // Images and the pull policy default.
    let img = app.image.get().cloned().flatten().expect("image");
    assert_eq!(
        (img.repository.as_str(), img.tag.as_deref()),
        ("nginx", Some("1.25"))
    );
    assert!(!img.is_latest());
    assert_eq!(
        app.image_pull_policy.state,
        State::Defaulted("IfNotPresent".to_string())
    );
    assert_eq!(
        line(&app.image_pull_policy.origin),
        line_of(text, "- name: app")
    );
    let img = sidecar.image.get().cloned().flatten().expect("image");
    assert_eq!(img.tag, None);
    assert!(img.is_latest() && !img.tag_is_latest());
    assert_eq!(
        sidecar.image_pull_policy.state,
        State::Defaulted("Always".to_string())
    );
    let img = init.image.get().cloned().flatten().expect("image");
    assert!(img
        .digest
        .as_deref()
        .is_some_and(|d| d.starts_with("sha256:")));
    assert_eq!(
        init.image_pull_policy.state,
        State::Defaulted("IfNotPresent".to_string())
    );
    // Init containers inherit too.
    assert_eq!(
        init.security_context.run_as_non_root.state,
        State::Explicit(Some(true))
    );

    assert_eq!(app.ports.len(), 1);
    assert_eq!(
        app.ports[0].container_port.state,
        State::Explicit(Some(8080))
    );
    assert_eq!(app.ports[0].host_port.state, State::Defaulted(None));
    assert_eq!(
        app.ports[0].protocol.state,
        State::Defaulted("TCP".to_string())
    );
    assert_eq!(
        line(&app.ports[0].origin),
        line_of(text, "containerPort: 8080")
    );
    assert_eq!(app.liveness_probe.state, State::Defaulted(false));
}

fn check_kind(file: &str, kind: WorkloadKind, replicas: State<Option<i64>>) {
    let text = fixture(&format!("workloads/{file}"));
    let unit = load(file, &text);
    assert!(unit.diagnostics.is_empty(), "{:?}", unit.diagnostics);
    let ws = workloads(&unit);
    assert_eq!(ws.len(), 1, "{file}");
    let w = ws[0];
    assert_eq!(w.kind, kind);
    assert_eq!(unit.resources[0].source_type, kind.as_str());
    assert_eq!(w.replicas.state, replicas, "{file}");
    check_standard_pod(&text, w);
}

#[test]
fn pod() {
    check_kind("pod.yaml", WorkloadKind::Pod, State::Defaulted(None));
}

#[test]
fn deployment() {
    check_kind(
        "deployment.yaml",
        WorkloadKind::Deployment,
        State::Explicit(Some(3)),
    );
}

#[test]
fn stateful_set() {
    check_kind(
        "statefulset.yaml",
        WorkloadKind::StatefulSet,
        State::Explicit(Some(3)),
    );
}

#[test]
fn daemon_set() {
    check_kind(
        "daemonset.yaml",
        WorkloadKind::DaemonSet,
        State::Defaulted(None),
    );
}

#[test]
fn replica_set() {
    check_kind(
        "replicaset.yaml",
        WorkloadKind::ReplicaSet,
        State::Explicit(Some(3)),
    );
}

#[test]
fn replication_controller() {
    // No replicas written: Kubernetes' default of 1.
    check_kind(
        "replicationcontroller.yaml",
        WorkloadKind::ReplicationController,
        State::Defaulted(Some(1)),
    );
}

#[test]
fn job() {
    check_kind("job.yaml", WorkloadKind::Job, State::Defaulted(None));
}

#[test]
fn cron_job() {
    check_kind(
        "cronjob.yaml",
        WorkloadKind::CronJob,
        State::Defaulted(None),
    );
}

#[test]
fn every_kind_normalizes_to_the_same_pod_spec() {
    // Origins differ (indentation); everything else is identical.
    let strip = |w: &Workload| {
        let mut v = serde_json::to_value(&w.pod).unwrap();
        fn drop_origins(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(m) => {
                    m.remove("origin");
                    m.values_mut().for_each(drop_origins);
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(drop_origins),
                _ => {}
            }
        }
        drop_origins(&mut v);
        v
    };
    let reference = {
        let unit = load("pod.yaml", &fixture("workloads/pod.yaml"));
        strip(workloads(&unit)[0])
    };
    for f in [
        "deployment.yaml",
        "statefulset.yaml",
        "daemonset.yaml",
        "replicaset.yaml",
        "replicationcontroller.yaml",
        "job.yaml",
        "cronjob.yaml",
    ] {
        let unit = load(f, &fixture(&format!("workloads/{f}")));
        assert_eq!(strip(workloads(&unit)[0]), reference, "{f}");
    }
}

#[test]
fn full_container_settings() {
    let text = fixture("deployment-full.yaml");
    let unit = load("deployment-full.yaml", &text);
    assert!(unit.diagnostics.is_empty(), "{:?}", unit.diagnostics);
    let w = workloads(&unit)[0];
    let r = &unit.resources[0];
    assert_eq!(r.address, "apps/v1/Deployment/default/api");
    // Namespace not written: defaulted `default`, at the metadata block.
    assert_eq!(
        w.meta.namespace.state,
        State::Defaulted(Some("default".to_string()))
    );
    assert_eq!(line(&w.meta.namespace.origin), line_of(&text, "name: api"));
    assert_eq!(w.replicas.state, State::Defaulted(Some(1)));
    assert_eq!(
        r.metadata.get("label:team").map(String::as_str),
        Some("payments")
    );
    assert_eq!(
        r.metadata
            .get("annotation:parapet.dev/ignore")
            .map(String::as_str),
        Some("K8S001")
    );

    let pod = &w.pod;
    assert_eq!(
        pod.service_account_name.state,
        State::Defaulted("default".to_string())
    );
    assert_eq!(
        pod.automount_service_account_token.state,
        State::Explicit(Some(false))
    );
    assert_eq!(pod.host_pid.state, State::Explicit(true));
    assert_eq!(
        pod.image_pull_secrets.get(),
        Some(&vec!["regcred".to_string()])
    );
    let psc = &pod.security_context;
    assert_eq!(psc.fs_group.state, State::Explicit(Some(2000)));
    assert_eq!(psc.supplemental_groups.get(), Some(&vec![3000, 4000]));
    assert_eq!(psc.sysctls.get().map(|s| s.len()), Some(1));
    assert_eq!(psc.sysctls.get().unwrap()[0].name, "net.core.somaxconn");
    let se = psc.se_linux_options.get().cloned().flatten().unwrap();
    assert_eq!(se.level.as_deref(), Some("s0:c123,c456"));

    // Volumes by kind.
    let kinds: Vec<&str> = pod.volumes.iter().map(|v| v.source.kind()).collect();
    assert_eq!(
        kinds,
        vec![
            "hostPath",
            "secret",
            "configMap",
            "emptyDir",
            "projected",
            "nfs",
            "emptyDir"
        ]
    );
    match &pod.volumes[0].source {
        parapet_model::k8s::VolumeSource::HostPath { path, path_type } => {
            assert_eq!(path.get().map(String::as_str), Some("/var/run/docker.sock"));
            assert_eq!(
                line(&path.origin),
                line_of(&text, "path: /var/run/docker.sock")
            );
            assert_eq!(path_type.state, State::Explicit(Some("Socket".to_string())));
        }
        other => panic!("{other:?}"),
    }
    // A volume without a source is an emptyDir by default.
    match &pod.volumes[6].source {
        parapet_model::k8s::VolumeSource::EmptyDir { medium } => assert!(medium.is_defaulted()),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        w.secret_refs(),
        vec!["tls-certs", "projected-secret", "db", "api-env", "regcred"]
    );
    assert_eq!(
        w.config_map_refs(),
        vec!["api-config", "projected-cm", "settings"]
    );

    let c = &pod.containers[0];
    assert_eq!(
        c.image_pull_policy.state,
        State::Explicit("Always".to_string())
    );
    let img = c.image.get().cloned().flatten().unwrap();
    assert_eq!(img.registry.as_deref(), Some("registry.example.com:5000"));
    assert_eq!(img.repository, "team/api");
    assert!(img.tag_is_latest());
    let sc = &c.security_context;
    assert_eq!(sc.allow_privilege_escalation.state, State::Explicit(false));
    assert_eq!(sc.read_only_root_filesystem.state, State::Explicit(true));
    assert_eq!(
        sc.capabilities_add.get(),
        Some(&vec!["NET_ADMIN".to_string()])
    );
    assert_eq!(sc.capabilities_drop.get(), Some(&vec!["ALL".to_string()]));
    assert_eq!(
        line(&sc.capabilities_drop.origin),
        line_of(&text, "drop: [ALL]")
    );
    assert_eq!(sc.proc_mount.state, State::Explicit("Unmasked".to_string()));
    // Container seccomp overrides the legacy pod annotation...
    let sp = sc.seccomp_profile.get().cloned().flatten().unwrap();
    assert_eq!(sp.profile_type, "Localhost");
    assert_eq!(sp.localhost_profile.as_deref(), Some("profiles/api.json"));
    // ... which the second container inherits.
    let sp2 = pod.containers[1]
        .security_context
        .seccomp_profile
        .get()
        .cloned()
        .flatten();
    assert_eq!(sp2.map(|p| p.profile_type), Some("Unconfined".to_string()));
    assert_eq!(
        line(&pod.containers[1].security_context.seccomp_profile.origin),
        line_of(&text, "seccomp.security.alpha.kubernetes.io/pod")
    );

    assert_eq!(c.ports[0].host_port.state, State::Explicit(Some(443)));
    assert_eq!(
        c.ports[0].protocol.state,
        State::Explicit("UDP".to_string())
    );

    use parapet_model::k8s::EnvSource;
    let env: Vec<(&str, &EnvSource)> = c
        .env
        .iter()
        .map(|e| (e.name.get().map(String::as_str).unwrap_or("?"), &e.source))
        .collect();
    assert!(
        matches!(env[0], ("LOG_LEVEL", EnvSource::Literal(v)) if v.get().map(String::as_str) == Some("debug"))
    );
    assert!(matches!(env[1], ("DB_PASSWORD", EnvSource::SecretKeyRef(r))
        if r.name.get() == Some(&Some("db".to_string())) && r.key.get() == Some(&Some("password".to_string()))));
    assert!(
        matches!(env[2], ("FEATURE", EnvSource::ConfigMapKeyRef(r)) if r.name.get() == Some(&Some("settings".to_string())))
    );
    assert!(
        matches!(env[3], ("POD_IP", EnvSource::FieldRef(p)) if p.get().map(String::as_str) == Some("status.podIP"))
    );
    assert!(
        matches!(env[4], ("EMPTY", EnvSource::Literal(v)) if v.state == State::Defaulted(String::new()))
    );
    assert_eq!(c.env_from.len(), 2);
    assert_eq!(c.env_from[0].source, "secretRef");
    assert_eq!(
        c.env_from[1].prefix.state,
        State::Explicit(Some("CFG_".to_string()))
    );

    // Resources: a request not written defaults to the limit.
    let res = &c.resources;
    assert_eq!(
        res.limits.cpu.state,
        State::Explicit(Some("500m".to_string()))
    );
    assert_eq!(
        res.limits.memory.state,
        State::Explicit(Some("256Mi".to_string()))
    );
    assert_eq!(
        res.requests.memory.state,
        State::Explicit(Some("128Mi".to_string()))
    );
    assert_eq!(
        res.requests.cpu.state,
        State::Defaulted(Some("500m".to_string()))
    );
    assert_eq!(line(&res.requests.cpu.origin), line_of(&text, "cpu: 500m"));
    assert_eq!(res.limits.ephemeral_storage.state, State::Defaulted(None));

    assert_eq!(c.liveness_probe.state, State::Explicit(true));
    assert_eq!(line(&c.liveness_probe.origin), line_of(&text, "httpGet:"));
    assert_eq!(c.readiness_probe.state, State::Defaulted(false));
    assert_eq!(c.startup_probe.state, State::Explicit(true));

    let mounts: Vec<(&str, &str, bool)> = c
        .volume_mounts
        .iter()
        .map(|m| {
            (
                m.name.get().unwrap().as_str(),
                m.mount_path.get().unwrap().as_str(),
                *m.read_only.get().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        mounts,
        vec![
            ("docker", "/var/run/docker.sock", false),
            ("certs", "/certs", true)
        ]
    );
    assert_eq!(c.volume_mounts[1].read_only.state, State::Explicit(true));

    // Ephemeral containers are containers too.
    let eph = pod
        .containers
        .iter()
        .find(|c| c.group == ContainerGroup::EphemeralContainers)
        .unwrap();
    assert_eq!(eph.name.get().map(String::as_str), Some("debugger"));
    assert_eq!(line(&eph.origin), nth_line_of(&text, "- name: debugger", 0));
}

#[test]
fn unresolved_values_are_unknown_not_guessed() {
    let text = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tpl
spec:
  template:
    spec:
      hostNetwork: ${HOST_NETWORK}
      securityContext: \"{{ .Values.podSecurityContext }}\"
      containers:
        - name: app
          image: ${IMAGE}
          securityContext:
            privileged: maybe
        - name: placeholder
          image: REGION-docker.pkg.dev/PROJECT_ID/repo/app:latest
      initContainers: ${INIT}
      volumes:
        - name: data
          hostPath:
            path: \"{{ .Values.path }}\"
";
    let unit = load("tpl.yaml", text);
    assert!(unit.diagnostics.is_empty(), "{:?}", unit.diagnostics);
    let w = workloads(&unit)[0];
    let pod = &w.pod;
    assert!(pod
        .host_network
        .unknown_reason()
        .is_some_and(|r| r.contains("${HOST_NETWORK}")));
    assert_eq!(line(&pod.host_network.origin), 8);
    // A pod securityContext that is not a map: nothing from it is known, and containers that
    // do not set a value themselves inherit the unknown.
    assert!(!pod.security_context.run_as_non_root.is_known());
    let app = &pod.containers[0];
    assert!(!app.security_context.run_as_non_root.is_known());
    assert!(!app.image.is_known());
    assert!(!app.image_pull_policy.is_known());
    assert!(!app.security_context.privileged.is_known());
    assert_eq!(line(&app.security_context.privileged.origin), 14);
    assert!(!pod.containers[1].image.is_known());
    // A list that is not a list: one container whose every field is unknown.
    let init: Vec<_> = pod
        .containers
        .iter()
        .filter(|c| c.group == ContainerGroup::InitContainers)
        .collect();
    assert_eq!(init.len(), 1);
    assert!(!init[0].name.is_known());
    assert!(!init[0].security_context.privileged.is_known());
    assert_eq!(line(&init[0].origin), 17);
    match &pod.volumes[0].source {
        parapet_model::k8s::VolumeSource::HostPath { path, .. } => assert!(!path.is_known()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_model_round_trips_through_json() {
    let unit = load("deployment-full.yaml", &fixture("deployment-full.yaml"));
    let w = workloads(&unit)[0];
    let json = serde_json::to_string(w).unwrap();
    let back: Workload = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, w);
}
