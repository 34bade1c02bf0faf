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
            se_linux_options { # expect: KUBERNETES-POD-010
              type = "spc_t"
            }
          }
        }
      }
    }
  }
}

# A pod-level setting reaches every container that does not set its own.
resource "kubernetes_job_v1" "backup" {
  metadata {
    name      = "backup"
    namespace = "ops"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        security_context {
          se_linux_options { # expect: KUBERNETES-POD-010
            user = "system_u"
            role = "system_r"
          }
        }
        container {
          name  = "backup"
          image = "registry.example.com/backup:1.1.0"
        }
        container {
          name  = "uploader"
          image = "registry.example.com/uploader:1.1.0"
        }
      }
    }
  }
}
