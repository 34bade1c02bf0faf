variable "extra_capabilities" {
  type = list(string)
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
          image = "registry.example.com/web:3.2.1"
          security_context {
            capabilities {
              add  = ["NET_BIND_SERVICE"]
              drop = ["ALL"]
            }
          }
        }
        # Baseline capabilities (reported by KUBERNETES-POD-020 under Restricted).
        container {
          name  = "chown-helper"
          image = "registry.example.com/chown-helper:1.0.0"
          security_context {
            capabilities {
              add = ["CHOWN", "FOWNER"]
            }
          }
        }
      }
    }
  }
}

# From a variable without a value: unknown, so the rule skips.
resource "kubernetes_pod_v1" "templated" {
  metadata {
    name      = "templated"
    namespace = "shop"
  }
  spec {
    container {
      name  = "app"
      image = "registry.example.com/app:1.0.0"
      security_context {
        capabilities {
          add = var.extra_capabilities
        }
      }
    }
  }
}
