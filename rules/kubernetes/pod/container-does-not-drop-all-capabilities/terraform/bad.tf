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
        container { # expect: KUBERNETES-POD-019
          name  = "web"
          image = "registry.example.com/web:3.2.1"
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
          security_context {
            capabilities {
              drop = ["NET_RAW", "MKNOD"] # expect: KUBERNETES-POD-019
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_replication_controller_v1" "legacy" {
  metadata {
    name      = "legacy"
    namespace = "shop"
  }
  spec {
    selector = { app = "legacy" }
    template {
      metadata {
        labels = { app = "legacy" }
      }
      spec {
        container {
          name  = "legacy"
          image = "registry.example.com/legacy:0.9.0"
          security_context { # expect: KUBERNETES-POD-019
            allow_privilege_escalation = false
          }
        }
      }
    }
  }
}
