//! Kubernetes provider workloads adapted into the same model as YAML manifests.

mod common;

use common::*;
use parapet_model::k8s::{ContainerGroup, EnvSource, VolumeSource, Workload, WorkloadKind};
use parapet_model::{Config, LineIndex, Resource};
use std::sync::Arc;

const MAIN: &str = r#"variable "image" {}

resource "kubernetes_deployment" "web" {
  metadata {
    name      = "web"
    namespace = "apps"
    labels    = { app = "web" }
  }
  spec {
    replicas = 3
    selector {
      match_labels = { app = "web" }
    }
    template {
      metadata {
        labels      = { app = "web" }
        annotations = { "container.apparmor.security.beta.kubernetes.io/web" = "runtime/default" }
      }
      spec {
        service_account_name            = "web"
        automount_service_account_token = false
        host_network                    = true
        security_context {
          run_as_non_root = true
          run_as_user     = 1000
          seccomp_profile {
            type = "RuntimeDefault"
          }
          sysctl {
            name  = "net.ipv4.ip_local_port_range"
            value = "1024 65535"
          }
        }
        container {
          name  = "web"
          image = "nginx:1.25"
          port {
            container_port = 8080
          }
          env {
            name = "PASSWORD"
            value_from {
              secret_key_ref {
                name = "db"
                key  = "password"
              }
            }
          }
          env {
            name  = "MODE"
            value = "prod"
          }
          resources {
            limits = { cpu = "500m", memory = "512Mi" }
          }
          liveness_probe {
            http_get {
              path = "/"
              port = 8080
            }
          }
          volume_mount {
            name       = "host"
            mount_path = "/host"
            read_only  = true
          }
        }
        container {
          name  = "sidecar"
          image = var.image
          security_context {
            privileged                 = true
            run_as_user                = 0
            allow_privilege_escalation = false
            capabilities {
              add  = ["NET_ADMIN"]
              drop = ["ALL"]
            }
          }
        }
        init_container {
          name  = "init"
          image = "busybox"
        }
        volume {
          name = "host"
          host_path {
            path = "/var/run/docker.sock"
          }
        }
        volume {
          name = "cfg"
          config_map {
            name = "cfg"
          }
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "p" {
  metadata {
    name = "p"
  }
  spec {
    container {
      name  = "c"
      image = "alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
    }
  }
}

resource "kubernetes_cron_job_v1" "cj" {
  metadata {
    name = "cj"
  }
  spec {
    schedule = "* * * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            host_pid = true
            container {
              name  = "job"
              image = "busybox:latest"
            }
          }
        }
      }
    }
  }
}
"#;

fn workload<'a>(rs: &'a [Resource], address: &str) -> &'a Workload {
    match &resource(rs, address).config {
        Config::Workload(w) => w,
        other => panic!("not a workload: {other:?}"),
    }
}

fn model() -> Vec<Resource> {
    let fx = Fixture::new(&[("main.tf", MAIN)]);
    parapet_terraform::load_root(fx.root(), &fx.opts()).resources
}

#[test]
fn deployment_is_a_workload_with_effective_security_settings() {
    let rs = model();
    let w = workload(&rs, "kubernetes_deployment.web");
    assert_eq!(w.kind, WorkloadKind::Deployment);
    assert_eq!(w.meta.api_version, "apps/v1");
    assert_eq!(w.meta.name_str(), Some("web"));
    assert_eq!(w.meta.namespace_str(), Some("apps"));
    assert_eq!(
        line(&w.meta.origin),
        line_of(MAIN, "resource \"kubernetes_deployment\"")
    );
    assert_eq!(w.replicas.get(), Some(&Some(3)));
    assert_eq!(line(&w.replicas.origin), line_of(MAIN, "replicas = 3"));
    assert_eq!(
        w.pod_labels.get().unwrap().get("app").unwrap().get(),
        Some(&"web".to_string())
    );
    let pod = &w.pod;
    assert_eq!(pod.host_network.get(), Some(&true));
    assert!(pod.host_network.is_explicit());
    assert_eq!(pod.host_pid.get(), Some(&false));
    assert!(pod.host_pid.is_defaulted());
    assert_eq!(pod.service_account_name.get().unwrap(), "web");
    assert_eq!(
        pod.automount_service_account_token.get(),
        Some(&Some(false))
    );
    assert_eq!(
        pod.security_context.sysctls.get().unwrap()[0].value,
        "1024 65535"
    );
    assert_eq!(pod.containers.len(), 3);

    let web = &pod.containers[0];
    assert_eq!(web.group, ContainerGroup::Containers);
    assert_eq!(web.name.get().unwrap(), "web");
    let img = web.image.get().unwrap().as_ref().unwrap();
    assert_eq!(
        (img.repository.as_str(), img.tag.as_deref()),
        ("nginx", Some("1.25"))
    );
    assert_eq!(web.image_pull_policy.get().unwrap(), "IfNotPresent");
    assert!(web.image_pull_policy.is_defaulted());
    // Inherited from the pod's security context, located there.
    let sc = &web.security_context;
    assert_eq!(sc.run_as_non_root.get(), Some(&Some(true)));
    assert_eq!(
        line(&sc.run_as_non_root.origin),
        line_of(MAIN, "run_as_non_root = true")
    );
    assert_eq!(sc.run_as_user.get(), Some(&Some(1000)));
    assert_eq!(
        sc.seccomp_profile
            .get()
            .unwrap()
            .as_ref()
            .unwrap()
            .profile_type,
        "RuntimeDefault"
    );
    assert_eq!(
        sc.app_armor_profile
            .get()
            .unwrap()
            .as_ref()
            .unwrap()
            .profile_type,
        "RuntimeDefault"
    );
    assert_eq!(sc.allow_privilege_escalation.get(), Some(&true));
    assert!(sc.allow_privilege_escalation.is_defaulted());
    assert_eq!(sc.privileged.get(), Some(&false));
    // A missing container security context points at the container block.
    assert_eq!(line(&sc.privileged.origin), line_of(MAIN, "container {"));
    assert_eq!(web.ports[0].container_port.get(), Some(&Some(8080)));
    assert_eq!(web.ports[0].protocol.get().unwrap(), "TCP");
    match &web.env[0].source {
        EnvSource::SecretKeyRef(k) => {
            assert_eq!(k.name.get(), Some(&Some("db".to_string())));
            assert_eq!(k.key.get(), Some(&Some("password".to_string())));
        }
        other => panic!("{other:?}"),
    }
    match &web.env[1].source {
        EnvSource::Literal(v) => assert_eq!(v.get().unwrap(), "prod"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        web.resources.limits.memory.get(),
        Some(&Some("512Mi".to_string()))
    );
    // A request not written defaults to the limit.
    assert_eq!(
        web.resources.requests.cpu.get(),
        Some(&Some("500m".to_string()))
    );
    assert!(web.resources.requests.cpu.is_defaulted());
    assert_eq!(web.liveness_probe.get(), Some(&true));
    assert_eq!(web.readiness_probe.get(), Some(&false));
    assert_eq!(web.volume_mounts[0].read_only.get(), Some(&true));

    let side = &pod.containers[1];
    let sc = &side.security_context;
    assert_eq!(sc.privileged.get(), Some(&true));
    assert_eq!(
        line(&sc.privileged.origin),
        line_of(MAIN, "privileged                 = true")
    );
    // The container's own value wins over the pod's.
    assert_eq!(sc.run_as_user.get(), Some(&Some(0)));
    assert_eq!(sc.allow_privilege_escalation.get(), Some(&false));
    assert_eq!(
        sc.capabilities_add.get().unwrap(),
        &vec!["NET_ADMIN".to_string()]
    );
    assert_eq!(
        sc.capabilities_drop.get().unwrap(),
        &vec!["ALL".to_string()]
    );
    // An image from an unset variable is unknown, and so is the pull policy that depends on it.
    assert!(!side.image.is_known());
    assert!(!side.image_pull_policy.is_known());

    let init = &pod.containers[2];
    assert_eq!(init.group, ContainerGroup::InitContainers);
    assert_eq!(init.image_pull_policy.get().unwrap(), "Always");

    match &pod.volumes[0].source {
        VolumeSource::HostPath { path, .. } => {
            assert_eq!(path.get().unwrap(), "/var/run/docker.sock");
            assert_eq!(
                line(&path.origin),
                line_of(MAIN, "path = \"/var/run/docker.sock\"")
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(pod.volumes[1].source.kind(), "configMap");
}

#[test]
fn pods_and_cron_jobs_and_provider_defaults() {
    let rs = model();
    let p = workload(&rs, "kubernetes_pod_v1.p");
    assert_eq!(p.kind, WorkloadKind::Pod);
    assert_eq!(p.meta.api_version, "v1");
    assert_eq!(p.meta.namespace_str(), Some("default"));
    assert!(p.meta.namespace.is_defaulted());
    assert_eq!(p.replicas.get(), Some(&None));
    // The provider sends `automountServiceAccountToken: true` when not written.
    assert_eq!(
        p.pod.automount_service_account_token.get(),
        Some(&Some(true))
    );
    assert!(p.pod.automount_service_account_token.is_defaulted());
    assert_eq!(p.pod.service_account_name.get().unwrap(), "default");
    let c = &p.pod.containers[0];
    assert!(c.image.get().unwrap().as_ref().unwrap().digest.is_some());
    assert_eq!(c.security_context.run_as_non_root.get(), Some(&None));

    let cj = workload(&rs, "kubernetes_cron_job_v1.cj");
    assert_eq!(cj.kind, WorkloadKind::CronJob);
    assert_eq!(cj.meta.api_version, "batch/v1");
    assert_eq!(cj.pod.host_pid.get(), Some(&true));
    assert_eq!(
        line(&cj.pod.host_pid.origin),
        line_of(MAIN, "host_pid = true")
    );
    assert_eq!(
        cj.pod.containers[0].image_pull_policy.get().unwrap(),
        "Always"
    );
}

/// Removes every `origin` so two models can be compared by value.
fn strip_origins(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("origin");
            m.values_mut().for_each(strip_origins);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_origins),
        _ => {}
    }
}

#[test]
fn the_same_workload_in_yaml_and_terraform_is_the_same_model() {
    let tf = r#"resource "kubernetes_deployment_v1" "api" {
  metadata {
    name = "api"
  }
  spec {
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        automount_service_account_token = true
        security_context {
          run_as_non_root = true
          fs_group        = 2000
        }
        container {
          name  = "api"
          image = "gcr.io/p/api:v1"
          security_context {
            read_only_root_filesystem = true
            capabilities {
              drop = ["ALL"]
            }
          }
          env_from {
            config_map_ref {
              name = "cfg"
            }
          }
          readiness_probe {
            exec {
              command = ["true"]
            }
          }
        }
        volume {
          name = "tmp"
          empty_dir {
            medium = "Memory"
          }
        }
      }
    }
  }
}
"#;
    let yaml = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    metadata:
      labels:
        app: api
    spec:
      automountServiceAccountToken: true
      securityContext:
        runAsNonRoot: true
        fsGroup: 2000
      containers:
        - name: api
          image: gcr.io/p/api:v1
          securityContext:
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
          envFrom:
            - configMapRef:
                name: cfg
          readinessProbe:
            exec:
              command: ["true"]
      volumes:
        - name: tmp
          emptyDir:
            medium: Memory
"#;
    let fx = Fixture::new(&[("main.tf", tf)]);
    let tf_model = parapet_terraform::load_root(fx.root(), &fx.opts()).resources;
    let from_tf = workload(&tf_model, "kubernetes_deployment_v1.api");

    let text: Arc<str> = yaml.into();
    let idx = LineIndex::new(text.clone());
    let (docs, errs) = parapet_yaml::load(&text, Default::default());
    let unit = parapet_kubernetes::load_manifests(&"d.yaml".into(), &text, &idx, &docs, &errs);
    let from_yaml = match &unit.resources[0].config {
        Config::Workload(w) => w,
        other => panic!("{other:?}"),
    };
    // One real difference: the provider sends `runAsNonRoot: false` for a container whose
    // `security_context` block does not set it, overriding the pod's `true`; a manifest's
    // container inherits the pod's value.
    let tf_c = &from_tf.pod.containers[0].security_context.run_as_non_root;
    assert!(tf_c.is_defaulted(), "{tf_c:?}");
    assert_eq!(tf_c.get(), Some(&Some(false)));
    assert_eq!(
        from_yaml.pod.containers[0]
            .security_context
            .run_as_non_root
            .get(),
        Some(&Some(true))
    );
    let mut a = serde_json::to_value(from_tf).unwrap();
    let mut b = serde_json::to_value(from_yaml).unwrap();
    strip_origins(&mut a);
    strip_origins(&mut b);
    let path = ["pod", "containers"];
    let sc = |v: &mut serde_json::Value| {
        let mut x = &mut *v;
        for p in path {
            x = &mut x[p];
        }
        x[0]["security_context"]["run_as_non_root"] = serde_json::Value::Null;
    };
    sc(&mut a);
    sc(&mut b);
    assert_eq!(a, b);
}
