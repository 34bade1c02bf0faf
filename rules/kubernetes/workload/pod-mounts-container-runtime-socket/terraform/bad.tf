resource "kubernetes_daemon_set_v1" "builder" {
  metadata {
    name      = "builder"
    namespace = "ci"
  }
  spec {
    selector {
      match_labels = { app = "builder" }
    }
    template {
      metadata {
        labels = { app = "builder" }
      }
      spec {
        container {
          name  = "builder"
          image = "registry.example.com/builder:4.1.0"
          volume_mount {
            name       = "docker"
            mount_path = "/var/run/docker.sock"
          }
        }
        volume {
          name = "docker"
          host_path {
            path = "/var/run/docker.sock" # expect: KUBERNETES-WORKLOAD-013
            type = "Socket"
          }
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "inspector" {
  metadata {
    name      = "inspector"
    namespace = "ci"
  }
  spec {
    container {
      name  = "inspector"
      image = "registry.example.com/inspector:1.0.0"
    }
    volume {
      name = "containerd"
      host_path {
        path = "/run/containerd/" # expect: KUBERNETES-WORKLOAD-013
      }
    }
  }
}
