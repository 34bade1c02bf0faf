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
        # Adds nothing.
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
        }
        # Outside the Baseline set: KUBERNETES-POD-007's concern.
        container {
          name  = "net-tool"
          image = "registry.example.com/net-tool:1.0.0"
          security_context {
            capabilities {
              add = ["NET_ADMIN"]
            }
          }
        }
      }
    }
  }
}
