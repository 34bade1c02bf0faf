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
          se_linux_options {
            level = "s0:c123,c456"
          }
        }
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
          security_context {
            se_linux_options {
              type  = "container_t"
              level = "s0:c123,c456"
            }
          }
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
        }
      }
    }
  }
}
