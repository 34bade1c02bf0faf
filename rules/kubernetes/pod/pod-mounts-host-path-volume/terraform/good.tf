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
        }
        volume {
          name = "cache"
          empty_dir {
            medium = "Memory"
          }
        }
        volume {
          name = "config"
          config_map {
            name = "web-config"
          }
        }
        volume {
          name = "tls"
          secret {
            secret_name = "web-tls"
          }
        }
        volume {
          name = "data"
          persistent_volume_claim {
            claim_name = "web-data"
          }
        }
      }
    }
  }
}

# No volumes at all.
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
  }
}
