variable "privileged" {
  type = bool
}

resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "web" }
    }
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        container {
          name  = "web"
          image = "registry.example.com/web:1.4.2"
          security_context {
            privileged = false
          }
        }
        # No security context: not privileged.
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
        }
      }
    }
  }
}

# From a variable without a value: unknown, so the rule skips.
resource "kubernetes_pod_v1" "debug" {
  metadata {
    name      = "debug"
    namespace = "shop"
  }
  spec {
    container {
      name  = "debug"
      image = "registry.example.com/debug:1.0.0"
      security_context {
        privileged = var.privileged
      }
    }
  }
}
