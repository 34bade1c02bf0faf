variable "host_port" {
  type = number
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
          port {
            name           = "http"
            container_port = 8080
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
      port {
        container_port = 8080
        host_port      = var.host_port
      }
    }
  }
}
