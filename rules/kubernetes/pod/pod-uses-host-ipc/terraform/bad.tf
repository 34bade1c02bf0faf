resource "kubernetes_job_v1" "shm-bench" {
  metadata {
    name      = "shm-bench"
    namespace = "perf"
  }
  spec {
    template {
      metadata {}
      spec {
        host_ipc       = true # expect: KUBERNETES-POD-004
        restart_policy = "Never"
        container {
          name  = "bench"
          image = "registry.example.com/shm-bench:0.2.0"
        }
      }
    }
  }
}

resource "kubernetes_deployment" "cache" {
  metadata {
    name      = "cache"
    namespace = "perf"
  }
  spec {
    selector {
      match_labels = { app = "cache" }
    }
    template {
      metadata {
        labels = { app = "cache" }
      }
      spec {
        host_ipc = true # expect: KUBERNETES-POD-004
        container {
          name  = "cache"
          image = "registry.example.com/cache:5.1.0"
        }
      }
    }
  }
}
