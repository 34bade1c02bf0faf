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
        container { # expect: KUBERNETES-WORKLOAD-004
          name  = "web"
          image = "registry.example.com/web:3.2.1"
          readiness_probe {
            http_get {
              path = "/ready"
              port = 8080
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "db" {
  metadata {
    name      = "db"
    namespace = "shop"
  }
  spec {
    service_name = "db"
    selector {
      match_labels = { app = "db" }
    }
    template {
      metadata {
        labels = { app = "db" }
      }
      spec {
        container { # expect: KUBERNETES-WORKLOAD-004
          name  = "db"
          image = "registry.example.com/db:16.2"
        }
      }
    }
  }
}
