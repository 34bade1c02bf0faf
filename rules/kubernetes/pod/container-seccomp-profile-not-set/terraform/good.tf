# The pod's profile reaches every container that does not set its own.
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
        init_container {
          name  = "setup"
          image = "registry.example.com/setup:1.0.0"
          security_context {
            allow_privilege_escalation = false
          }
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "audit" {
  metadata {
    name      = "audit"
    namespace = "shop"
  }
  spec {
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
    # An explicit Unconfined profile is KUBERNETES-POD-012's concern.
    container {
      name  = "debug"
      image = "registry.example.com/debug:1.0.0"
      security_context {
        seccomp_profile {
          type = "Unconfined"
        }
      }
    }
  }
}
