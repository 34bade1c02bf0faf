variable "host_ipc" {
  type = bool
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
        host_ipc = false
        container {
          name  = "cache"
          image = "registry.example.com/cache:5.1.0"
        }
      }
    }
  }
}

# Not set: the provider's default is false.
resource "kubernetes_job_v1" "bench" {
  metadata {
    name      = "bench"
    namespace = "perf"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        container {
          name  = "bench"
          image = "registry.example.com/bench:0.2.0"
        }
      }
    }
  }
}

# From a variable without a value: unknown, so the rule skips.
resource "kubernetes_pod_v1" "templated" {
  metadata {
    name      = "templated"
    namespace = "perf"
  }
  spec {
    host_ipc = var.host_ipc
    container {
      name  = "app"
      image = "registry.example.com/app:1.0.0"
    }
  }
}
