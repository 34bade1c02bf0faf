variable "cpu_request" {
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
        container {
          name  = "web"
          image = "registry.example.com/web:3.2.1"
          resources {
            requests = {
              cpu    = "100m"
              memory = "256Mi"
            }
          }
        }
        # Requests not written default to the limits.
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:0.9.0"
          resources {
            limits = {
              cpu    = "100m"
              memory = "64Mi"
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
      resources {
        requests = {
          cpu    = var.cpu_request
          memory = "128Mi"
        }
      }
    }
  }
}
