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
              add  = ["NET_BIND_SERVICE", "CHOWN"] # expect: KUBERNETES-POD-020
              drop = ["ALL"]
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_job_v1" "fix-permissions" {
  metadata {
    name      = "fix-permissions"
    namespace = "shop"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        container {
          name  = "fix"
          image = "registry.example.com/fix:1.0.0"
          security_context {
            capabilities {
              add = ["fowner", "dac_override"] # expect: KUBERNETES-POD-020
            }
          }
        }
      }
    }
  }
}
