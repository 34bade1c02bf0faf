variable "seccomp_type" {
  type = string
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
        security_context {
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "audit"
          image = "registry.example.com/audit:1.0.0"
          security_context {
            seccomp_profile {
              type              = "Localhost"
              localhost_profile = "profiles/audit.json"
            }
          }
        }
      }
    }
  }
}

# No profile at all is KUBERNETES-POD-018's concern; from an unset variable, the rule skips.
resource "kubernetes_pod_v1" "worker" {
  metadata {
    name      = "worker"
    namespace = "shop"
  }
  spec {
    container {
      name  = "worker"
      image = "registry.example.com/worker:1.0.0"
    }
    container {
      name  = "templated"
      image = "registry.example.com/templated:1.0.0"
      security_context {
        seccomp_profile {
          type = var.seccomp_type
        }
      }
    }
  }
}
